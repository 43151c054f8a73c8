// Handing decoded events from the worker to the page. Copying 100,000 records across a
// thread boundary (stringify, post, parse) costs more than validating them, so the page keeps
// the file's own text (parsing it as records are read), while the worker validates it and then
// sends only where each event sits in the file, plus the few records that validation changed.
import { isPlainObject } from './decode-util';
import type { RecordSource } from './file-batches';
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

/**
 * Page side: the Catalog's events from the page's copy of the file and the worker's plan. A
 * record is looked up when it is first read, so records nothing shows are never parsed (see
 * file-batches.ts); to every reader the result is an ordinary array.
 */
export function assembleEvents(
  handOff: EventHandOff,
  source: RecordSource | null,
): TimelineEvent[] {
  const { sourceIndex, patches } = handOff;
  const count = sourceIndex.length;
  // Which patch each event takes: patches come in Catalog order.
  const patchOf = new Int32Array(count);
  let patchCount = 0;
  for (let i = 0; i < count; i++) patchOf[i] = sourceIndex[i]! < 0 ? patchCount++ : -1;
  if (patchCount !== patches.length) throw new Error('The dataset hand-off is inconsistent.');
  if (patchCount === count) return patches;
  // Both sides parse the same bytes with the same function, so the page lacks the file only
  // when it ran out of memory parsing; fail loudly rather than show the wrong events.
  if (!source) throw new Error('The dataset could not be read on the page.');

  const resolved = new Array<TimelineEvent>(count);
  const resolve = (index: number): TimelineEvent => {
    const from = sourceIndex[index]!;
    const record = from < 0 ? patches[patchOf[index]!] : source.at(from);
    if (record === undefined) throw new Error('The dataset could not be read on the page.');
    return (resolved[index] = record as TimelineEvent);
  };
  return new Proxy(resolved, {
    get(target, key, receiver) {
      const index = indexKey(key, count);
      return index < 0 ? Reflect.get(target, key, receiver) : (target[index] ?? resolve(index));
    },
    // Array methods skip holes: every index below the length holds a record.
    has: (target, key) => indexKey(key, count) >= 0 || Reflect.has(target, key),
    getOwnPropertyDescriptor(target, key) {
      const index = indexKey(key, count);
      if (index >= 0 && target[index] === undefined) resolve(index);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      for (let index = 0; index < count; index++) if (target[index] === undefined) resolve(index);
      return Reflect.ownKeys(target);
    },
  });
}

/** `key` as an array index below `count`, or -1. */
function indexKey(key: string | symbol, count: number): number {
  if (typeof key !== 'string') return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const index = Number(key);
  return Number.isInteger(index) && index < count && String(index) === key ? index : -1;
}
