// Parses the items of a dataset file's "events" array batch by batch while the file's text
// arrives (EventsArrayScanner splits it), so the worker can validate them during the download
// instead of after one big JSON.parse at the end.
import { EventsArrayScanner, type EventsBatch, type ScanResult } from './events-array-scanner';

export class FileEventsStream {
  /** The items parsed so far, in file order. */
  readonly events: unknown[] = [];
  private broken = false;
  private readonly scanner: EventsArrayScanner;

  /**
   * `onItems` sees each batch of items with the index of its first item and its text.
   * `batchSize`: items per batch (the default keeps each JSON.parse to a few milliseconds).
   */
  constructor(
    private readonly onItems?: (items: unknown[], firstIndex: number, text: string) => void,
    batchSize?: number,
  ) {
    this.scanner = new EventsArrayScanner((batch) => this.read(batch), batchSize);
  }

  private read({ text, count }: EventsBatch): void {
    if (this.broken) return;
    let items: unknown;
    try {
      items = JSON.parse(`[${text}]`);
    } catch {
      this.broken = true;
      return;
    }
    if (!Array.isArray(items) || items.length !== count) {
      this.broken = true;
      return;
    }
    const firstIndex = this.events.length;
    for (const item of items) this.events.push(item);
    this.onItems?.(items, firstIndex, text);
  }

  push(text: string): void {
    this.scanner.push(text);
  }

  /**
   * Where the events array sat in the text, or null when the text could not be read this way
   * (it is not a plain JSON object with one "events" array, or an item does not parse): the
   * whole file must then be parsed at once.
   */
  finish(): Extract<ScanResult, { usable: true }> | null {
    const scan = this.scanner.finish();
    return scan.usable && !this.broken ? scan : null;
  }
}
