// Handing decoded events from the worker to the page. Copying 100,000 records across a
// thread boundary (stringify, post, parse) costs more than validating them, so the page parses
// the file's own text while the worker validates it, and the worker then sends only where each
// event sits in the file, plus the few records that validation changed.
import { isPlainObject } from './decode-util';
import type { TimelineEvent } from './schema';

export interface EventHandOff {
  /**
   * Per Catalog event: its index in the file's `events` array when the file's record is
   * exactly what validation produced, or -1 when the record comes from `patches` instead.
   */
  sourceIndex: Int32Array;
  /** The records with sourceIndex -1, in Catalog order. */
  patches: TimelineEvent[];
}

/** Parses a dataset file's text the same way on both sides of the hand-off. */
export function parseDatasetText(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, '').trimStart());
}

/** The file's `events` array, when the parsed file has one. */
export function fileEventsOf(fileJson: unknown): unknown[] | null {
  return isPlainObject(fileJson) && Array.isArray(fileJson.events) ? fileJson.events : null;
}

/**
 * Worker side: which events the page can take from its own parse of the file. The decoder
 * keeps a record that needed no change as the file's own object (decodeRecords' `exact`), so
 * "unchanged" is identity here, not a deep comparison.
 */
export function planHandOff(
  events: readonly TimelineEvent[],
  fileEvents: readonly unknown[] | null,
): EventHandOff {
  const sourceIndex = new Int32Array(events.length).fill(-1);
  const patches: TimelineEvent[] = [];
  const indexOfRecord = new Map<unknown, number>();
  fileEvents?.forEach((record, index) => indexOfRecord.set(record, index));
  events.forEach((event, index) => {
    const source = indexOfRecord.get(event);
    if (source !== undefined) sourceIndex[index] = source;
    else patches.push(event);
  });
  return { sourceIndex, patches };
}

/** Page side: the Catalog's events from the page's parse of the file and the worker's plan. */
export function assembleEvents(
  handOff: EventHandOff,
  fileEvents: readonly unknown[] | null,
): TimelineEvent[] {
  const { sourceIndex, patches } = handOff;
  const events = new Array<TimelineEvent>(sourceIndex.length);
  let nextPatch = 0;
  for (let i = 0; i < sourceIndex.length; i++) {
    const source = sourceIndex[i]!;
    if (source < 0) {
      events[i] = patches[nextPatch++]!;
      continue;
    }
    const record = fileEvents?.[source];
    // Both sides parse the same bytes with the same function, so this cannot happen unless
    // the page ran out of memory parsing; fail loudly rather than show the wrong events.
    if (record === undefined) throw new Error('The dataset could not be read on the page.');
    events[i] = record as TimelineEvent;
  }
  if (nextPatch !== patches.length) throw new Error('The dataset hand-off is inconsistent.');
  return events;
}
