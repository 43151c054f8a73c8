// The file's event records on the page, kept as the worker's batch texts and parsed a batch at
// a time when one of its records is first read. The first paint reads only the records it
// shows (labels, the first rows of the list), so a large file's JSON.parse no longer competes
// with the worker while the file downloads; the rest is parsed after, as it is needed.
import { bisectRight } from 'd3-array';

/** Where records are read from by their index in the file: a parsed array, or batches. */
export interface RecordSource {
  readonly length: number;
  at(index: number): unknown;
}

export class FileBatches implements RecordSource {
  /** Index in the file of each batch's first record, ascending. */
  #firstIndex: number[] = [];
  /** A batch's text until it is parsed, then null. */
  #texts: (string | null)[] = [];
  #records: (unknown[] | null)[] = [];
  #length = 0;

  /** Appends the next batch: `count` records as JSON text, without the brackets. */
  add(text: string, count: number): void {
    this.#firstIndex.push(this.#length);
    this.#texts.push(text);
    this.#records.push(null);
    this.#length += count;
  }

  get length(): number {
    return this.#length;
  }

  at(index: number): unknown {
    if (!(index >= 0 && index < this.#length)) return undefined;
    const batch = bisectRight(this.#firstIndex, index) - 1;
    const records = this.#records[batch] ?? this.#parse(batch);
    return records[index - this.#firstIndex[batch]!];
  }

  #parse(batch: number): unknown[] {
    const records = JSON.parse(`[${this.#texts[batch]}]`) as unknown[];
    const expected = (this.#firstIndex[batch + 1] ?? this.#length) - this.#firstIndex[batch]!;
    // The worker counted the same text with the same parser: a different count means the page
    // cannot read it (it ran out of memory, say). Fail loudly rather than show wrong events.
    if (records.length !== expected) throw new Error('The dataset could not be read on the page.');
    this.#records[batch] = records;
    this.#texts[batch] = null;
    return records;
  }
}
