import type { LoadPhase, LoadedDataset } from './fetch-dataset';
import type { LoadErrorReason } from './load-error';

export interface WorkerRequest {
  url: string;
}

export type WorkerReply =
  | { type: 'progress'; progress: LoadPhase }
  /** `loaded.catalog.events` is empty: the records come as JSON text in `eventsJson`. */
  | { type: 'done'; loaded: LoadedDataset; eventsJson: ArrayBuffer }
  | { type: 'load-error'; url: string; reason: LoadErrorReason }
  | { type: 'failure'; message: string };
