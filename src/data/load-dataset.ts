// Loads a dataset in a Web Worker where the browser has them, in the page otherwise (tests).
import type { FetchOptions, LoadedDataset } from './fetch-dataset';
import { DatasetLoadError } from './load-error';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export function loadDataset(url: string, options: FetchOptions = {}): Promise<LoadedDataset> {
  // Without workers (tests, old browsers) the decoder is loaded on demand into the page.
  if (typeof Worker === 'undefined')
    return import('./fetch-dataset').then(({ fetchDataset }) => fetchDataset(url, options));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'progress') return options.onProgress?.(data.progress);
      finish();
      if (data.type === 'done') resolve(withEvents(data.loaded, data.eventsJson));
      else if (data.type === 'load-error') reject(new DatasetLoadError(data.url, data.reason));
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The dataset worker failed to start.'));
    };
    worker.postMessage({ url: new URL(url, window.location.href).href } satisfies WorkerRequest);
  });
}

function withEvents(loaded: LoadedDataset, eventsJson: ArrayBuffer): LoadedDataset {
  const events = JSON.parse(
    new TextDecoder().decode(eventsJson),
  ) as LoadedDataset['catalog']['events'];
  return { ...loaded, catalog: { ...loaded.catalog, events } };
}
