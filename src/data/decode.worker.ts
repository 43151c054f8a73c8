// Fetching, validating and indexing a dataset off the main thread, so the page stays
// responsive while a large file loads.
import { fetchDataset } from './fetch-dataset';
import { DatasetLoadError } from './load-error';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { url } = message.data;
  try {
    const loaded = await fetchDataset(url, {
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    const { events, ...columns } = loaded.catalog;
    // Hand the typed columns over instead of copying them. The event records go as one JSON
    // text: for 100,000 records, JSON.stringify + JSON.parse cost about half of what the
    // structured clone of the same objects costs on both sides.
    const buffers = [
      columns.startMs,
      columns.endMs,
      columns.kindIndex,
      columns.importance,
      columns.precision,
    ].map((column) => column.buffer as ArrayBuffer);
    const eventsJson = new TextEncoder().encode(JSON.stringify(events)).buffer as ArrayBuffer;
    post({ type: 'done', loaded: { ...loaded, catalog: { ...columns, events: [] } }, eventsJson }, [
      ...buffers,
      eventsJson,
    ]);
  } catch (error) {
    if (error instanceof DatasetLoadError)
      post({ type: 'load-error', url: error.url, reason: error.reason });
    else post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
  }
};
