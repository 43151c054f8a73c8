// Fetching, validating and indexing a dataset off the main thread, so the page stays
// responsive while a large file loads.
import { fetchDataset } from './fetch-dataset';
import { DatasetLoadError } from './load-error';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

self.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const { url } = message.data;
  try {
    const loaded = await fetchDataset(url, { onProgress: (progress) => post({ type: 'progress', progress }) });
    const { catalog } = loaded;
    // Hand the typed columns over instead of copying them.
    const buffers = [catalog.startMs, catalog.endMs, catalog.kindIndex, catalog.importance, catalog.precision].map(
      (column) => column.buffer as ArrayBuffer,
    );
    post({ type: 'done', loaded }, buffers);
  } catch (error) {
    if (error instanceof DatasetLoadError) post({ type: 'load-error', url: error.url, reason: error.reason });
    else post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
  }
};
