import type { LoadPhase, LoadedDataset } from './fetch-dataset';
import type { LoadErrorReason } from './load-error';

export interface WorkerRequest {
  url: string;
}

export type WorkerReply =
  | { type: 'progress'; progress: LoadPhase }
  | { type: 'done'; loaded: LoadedDataset }
  | { type: 'load-error'; url: string; reason: LoadErrorReason }
  | { type: 'failure'; message: string };
