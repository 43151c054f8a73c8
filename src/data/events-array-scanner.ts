// Finds the top-level "events" array of a JSON object while the text is still arriving, and
// hands out its items in batches as soon as they are complete. A worker parses and validates
// each batch during the download instead of waiting for the whole file.
//
// The scanner only splits text; JSON.parse still checks every batch, and the caller parses
// the rest of the object on its own. Whenever the text is anything but plain (no top-level
// object, a second "events" key, a key written with escapes), the scanner gives up and the
// caller parses the whole file the usual way, so the result is always what JSON.parse gives.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

export interface EventsBatch {
  /** The items' JSON text, separated by commas, without the brackets. */
  text: string;
  /** How many items the text holds: JSON.parse of `[text]` must give exactly this many. */
  count: number;
}

export type ScanResult =
  { usable: true; openIndex: number; closeIndex: number } | { usable: false; reason: string };

export class EventsArrayScanner {
  private depth = 0;
  private inString = false;
  /** Inside a string, the previous chunk ended in an unpaired backslash. */
  private escaped = false;
  /** Offset of the first character of the current chunk in the whole text. */
  private offset = 0;
  private expectingKey = false;
  private keyStart = -1;
  private keyText = '';
  private lastKey: string | null = null;
  private awaitingEventsValue = false;
  private inEvents = false;
  private seenEvents = false;
  private openIndex = -1;
  private closeIndex = -1;
  private carry = '';
  private commas = 0;
  private emitted = 0;
  private failure: string | null = null;

  constructor(
    private readonly onBatch: (batch: EventsBatch) => void,
    private readonly batchSize = 2000,
  ) {}

  /** Scans the next piece of text. */
  push(chunk: string): void {
    if (this.failure !== null) return;
    let segmentStart = 0;
    let i = 0;
    if (this.inString) i = this.skipString(chunk, this.escaped ? 1 : 0);
    for (; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (code <= 0x20) continue;
      if (this.awaitingEventsValue) {
        this.awaitingEventsValue = false;
        if (code !== OPEN_BRACKET) return this.fail('"events" is not an array');
        this.inEvents = true;
        this.openIndex = this.offset + i;
        this.depth++;
        segmentStart = i + 1;
        continue;
      }
      switch (code) {
        case QUOTE: {
          // Most strings hold no escapes: jump straight to the closing quote.
          const closing = chunk.indexOf('"', i + 1);
          if (
            closing !== -1 &&
            chunk.charCodeAt(closing - 1) !== BACKSLASH &&
            !(this.depth === 1 && this.expectingKey)
          ) {
            i = closing;
            break;
          }
          if (this.depth === 1 && this.expectingKey) {
            this.keyStart = this.offset + i + 1;
            this.keyText = '';
            this.expectingKey = false;
          }
          i = this.skipString(chunk, i + 1) - 1;
          break;
        }
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.depth === 0 && code !== OPEN_BRACE)
            return this.fail('the file is not a JSON object');
          this.depth++;
          if (this.depth === 1) this.expectingKey = true;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (this.inEvents && this.depth === 2) {
            // An array with no items gives an empty last batch; after items, an empty one is a
            // trailing comma, which counting it as one item makes JSON.parse's count disagree.
            const text = this.carry + chunk.slice(segmentStart, i);
            const hasItems = this.commas > 0 || this.emitted > 0 || /\S/.test(text);
            this.emit(text, hasItems ? this.commas + 1 : 0);
            this.inEvents = false;
            this.closeIndex = this.offset + i;
          }
          this.depth--;
          if (this.depth < 0) return this.fail('unbalanced brackets');
          break;
        case COLON:
          if (this.depth === 1) {
            if (this.lastKey === null) return this.fail('a key is written with escapes');
            if (this.lastKey === 'events') {
              if (this.seenEvents) return this.fail('"events" appears twice');
              this.seenEvents = true;
              this.awaitingEventsValue = true;
            }
          }
          break;
        case COMMA:
          if (this.depth === 1) this.expectingKey = true;
          else if (this.inEvents && this.depth === 2) {
            this.commas++;
            if (this.commas >= this.batchSize) {
              this.emit(this.carry + chunk.slice(segmentStart, i), this.commas);
              segmentStart = i + 1;
            }
          }
          break;
      }
    }
    if (this.inEvents) this.carry += chunk.slice(segmentStart);
    this.offset += chunk.length;
  }

  /**
   * Moves past a string's contents from `from` (just after its opening quote, or where the
   * chunk starts), jumping from quote to quote. Returns the index after the closing quote, or
   * the chunk's length when the string goes on in the next chunk.
   */
  private skipString(chunk: string, from: number): number {
    let quote = chunk.indexOf('"', from);
    while (quote !== -1 && backslashesBefore(chunk, quote, from) % 2 === 1)
      quote = chunk.indexOf('"', quote + 1);
    const keyFrom = Math.max(0, this.keyStart - this.offset);
    if (quote === -1) {
      this.inString = true;
      this.escaped = backslashesBefore(chunk, chunk.length, from) % 2 === 1;
      if (this.keyStart >= 0) this.keyText += chunk.slice(keyFrom);
      return chunk.length;
    }
    this.inString = false;
    this.escaped = false;
    if (this.keyStart >= 0) {
      this.keyText += chunk.slice(keyFrom, quote);
      this.lastKey = this.keyText.includes('\\') ? null : this.keyText;
      this.keyStart = -1;
    }
    return quote + 1;
  }

  /** Call once the whole text has been pushed. */
  finish(): ScanResult {
    if (this.failure !== null) return { usable: false, reason: this.failure };
    if (!this.seenEvents || this.closeIndex < 0)
      return { usable: false, reason: 'no complete "events" array' };
    return { usable: true, openIndex: this.openIndex, closeIndex: this.closeIndex };
  }

  private emit(text: string, count: number): void {
    this.emitted += count;
    this.carry = '';
    this.commas = 0;
    this.onBatch({ text, count });
  }

  private fail(reason: string): void {
    this.failure = reason;
    this.carry = '';
  }
}

/** How many backslashes come right before `index`, not looking before `from`. */
function backslashesBefore(text: string, index: number, from: number): number {
  let count = 0;
  while (index - count - 1 >= from && text.charCodeAt(index - count - 1) === BACKSLASH) count++;
  return count;
}
