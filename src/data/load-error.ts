import type { DecodeError } from './decode-result';
import type { ImportError } from './import/import-result';

export type LoadErrorReason =
  | { type: 'bad-url' }
  | { type: 'network' }
  | { type: 'timeout'; seconds: number }
  | { type: 'http'; status: number; statusText: string }
  | { type: 'too-large'; limitBytes: number }
  | { type: 'decode'; error: DecodeError }
  | { type: 'import'; error: ImportError };

/** Why a dataset did not load, and from where: the UI turns it into words in the reader's language. */
export class DatasetLoadError extends Error {
  readonly url: string;
  readonly reason: LoadErrorReason;

  constructor(url: string, reason: LoadErrorReason) {
    super(`Could not load ${url}: ${reason.type}`);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.reason = reason;
  }
}
