// Loads a dataset in a Web Worker where the browser has them, in the page otherwise (tests).
// A load can start before the app's code has arrived (preloadDataset, from the entry script)
// and be taken over by the app's query later.
import type { FetchOptions, LoadPhase } from './download-dataset';
import type { LoadedDataset } from './fetch-dataset';
import { IdIndex } from './catalog';
import { FileBatches, type RecordSource } from './file-batches';
import { assembleEvents, fileEventsOf, parseDatasetText } from './hand-off';
import { DatasetLoadError } from './load-error';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

type Outcome = { ok: true; value: LoadedDataset } | { ok: false; error: unknown };

interface WorkerLoad {
  /** Follows the load: replays the latest progress, then reports until it settles. */
  follow(options: FetchOptions): Promise<LoadedDataset>;
  cancel(reason: unknown): void;
}

const preloads = new Map<string, WorkerLoad>();

/** Starts loading `url` now; the first loadDataset(url) takes the load over. */
export function preloadDataset(url: string): void {
  if (typeof Worker === 'undefined' || preloads.has(url)) return;
  preloads.set(url, startWorkerLoad(url));
}

export function loadDataset(url: string, options: FetchOptions = {}): Promise<LoadedDataset> {
  // Without workers (tests, old browsers) the decoder is loaded on demand into the page.
  if (typeof Worker === 'undefined')
    return import('./fetch-dataset').then(({ fetchDataset }) => fetchDataset(url, options));
  const preloaded = preloads.get(url);
  // A preload is used once; one for another address is no longer wanted.
  for (const [other, load] of preloads)
    if (other !== url) load.cancel(new DOMException('Superseded', 'AbortError'));
  preloads.clear();
  return (preloaded ?? startWorkerLoad(url)).follow(options);
}

function startWorkerLoad(url: string): WorkerLoad {
  const request: WorkerRequest = { name: new URL(url, window.location.href).href };
  const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), {
    name: request.name,
    type: 'module',
  });
  let latestProgress: LoadPhase | null = null;
  let outcome: Outcome | null = null;
  // The file's records, from the worker's batches or its whole text (see hand-off.ts).
  let fileEvents: RecordSource | null = new FileBatches();
  const listeners = new Set<{
    onProgress?: (progress: LoadPhase) => void;
    settle: (outcome: Outcome) => void;
  }>();

  const settle = (result: Outcome) => {
    if (outcome) return;
    outcome = result;
    worker.terminate();
    fileEvents = null;
    for (const listener of listeners) listener.settle(result);
    listeners.clear();
  };

  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    switch (data.type) {
      case 'progress':
        latestProgress = data.progress;
        for (const listener of listeners) listener.onProgress?.(data.progress);
        return;
      case 'events':
        if (fileEvents instanceof FileBatches) fileEvents.add(data.text, data.count);
        return;
      case 'file':
        try {
          fileEvents = fileEventsOf(parseDatasetText(data.text));
        } catch {
          fileEvents = null;
        }
        return;
      case 'done':
        try {
          // Both sides read the same text: a different count means this page could not.
          if (fileEvents?.length !== data.fileEventCount) fileEvents = null;
          settle({ ok: true, value: withEvents(data, fileEvents) });
        } catch (error) {
          settle({ ok: false, error });
        }
        return;
      case 'load-error':
        return settle({ ok: false, error: new DatasetLoadError(data.url, data.reason) });
      case 'failure':
        return settle({ ok: false, error: new Error(data.message) });
    }
  };
  worker.onerror = (event) => {
    settle({ ok: false, error: new Error(event.message || 'The dataset worker failed to start.') });
  };

  return {
    follow({ signal, onProgress }) {
      return new Promise((resolve, reject) => {
        const finish = (result: Outcome) => {
          signal?.removeEventListener('abort', abort);
          if (result.ok) resolve(result.value);
          else reject(result.error);
        };
        const listener = { onProgress, settle: finish };
        // Giving up on the load stops the worker: nobody else is following it.
        const abort = () => {
          listeners.delete(listener);
          settle({ ok: false, error: signal?.reason ?? new DOMException('Aborted', 'AbortError') });
          finish(outcome!);
        };
        if (outcome) return finish(outcome);
        if (signal?.aborted) return abort();
        signal?.addEventListener('abort', abort);
        listeners.add(listener);
        if (latestProgress) onProgress?.(latestProgress);
      });
    },
    cancel(reason) {
      settle({ ok: false, error: reason });
    },
  };
}

function withEvents(
  done: Extract<WorkerReply, { type: 'done' }>,
  fileEvents: RecordSource | null,
): LoadedDataset {
  const patches = JSON.parse(
    new TextDecoder().decode(done.patchesJson),
  ) as LoadedDataset['catalog']['events'];
  const events = assembleEvents({ sourceIndex: done.sourceIndex, patches }, fileEvents);
  return {
    ...done.loaded,
    catalog: {
      ...done.loaded.catalog,
      events,
      indexById: new IdIndex(() => (events.length === 0 ? [] : done.eventIds.split('\n'))),
    },
  };
}
