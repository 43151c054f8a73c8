import type { LoadPhase } from './download-dataset';
import type { Catalog } from './catalog';
import type { LoadedDataset } from './fetch-dataset';
import type { LoadErrorReason } from './load-error';

/**
 * The dataset worker learns which file to load from its name, which it can read the moment it
 * starts. A message reached it later: in a trace of a load, the message posted with the
 * worker's creation arrived some 50 ms after the worker's script was ready, while the page's
 * main thread was busy evaluating the app.
 */
export interface WorkerRequest {
  /** The dataset's absolute URL. */
  name: string;
}

export type WorkerReply =
  | { type: 'progress'; progress: LoadPhase }
  /**
   * The next batch of the file's event records as JSON text (`count` items, without the
   * brackets), which the page keeps and parses as its records are read; see file-batches.ts.
   */
  | { type: 'events'; text: string; count: number }
  /** The whole file, when it could not be sent in batches; the page parses it at once. */
  | { type: 'file'; text: string }
  /**
   * `loaded.catalog.events` is empty: the page assembles it from its own parse of the file and
   * `sourceIndex` (see hand-off.ts), with the records validation changed sent as JSON text in
   * `patchesJson`. `fileEventCount`: how many records the file's events array holds.
   * `eventIds`: the events' ids in Catalog order, one per line (ids are kebab-case), so that
   * finding an event by id (a link to it) does not need the records themselves.
   */
  | {
      type: 'done';
      loaded: Omit<LoadedDataset, 'catalog'> & { catalog: Omit<Catalog, 'indexById'> };
      sourceIndex: Int32Array;
      eventIds: string;
      fileEventCount: number;
      patchesJson: ArrayBuffer;
    }
  | { type: 'load-error'; url: string; reason: LoadErrorReason }
  | { type: 'failure'; message: string };
