// What is wrong with a file's bytes, when it is not UTF-8 text. Said in words, because the
// engine's own JSON error quotes the start of the text, which for an image, an archive or a
// file in another encoding is a row of unprintable characters.

const SAMPLE_CHARS = 1024;
/**
 * The bytes behind the sampled characters: at most three for each (a four-byte character
 * counts as two, and a sequence decoded as one U+FFFD has at most three), after a byte-order
 * mark of three, and three more to finish a character cut at the end.
 */
export const SAMPLE_BYTES = 3 * SAMPLE_CHARS + 6;

/** Text saved as UTF-16, text in an older encoding, or no text at all. */
export type EncodingProblem = 'utf-16' | 'not-utf-8' | 'binary';

/**
 * Judged from the characters near the start, as decoded from UTF-8. A replacement character
 * (U+FFFD) there means bytes that were not UTF-8, unless `startIsUtf8` says the file's first
 * bytes were checked (Utf8StartCheck) and it is one of the file's own characters.
 */
export function findEncodingProblem(text: string, startIsUtf8 = false): EncodingProblem | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  let nulAtEven = 0;
  let nulAtOdd = 0;
  let undecodable = 0;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i];
    if (char === '\u0000') {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    } else if (char === '\uFFFD') undecodable++;
  }
  // Text saved as UTF-16 (Excel's "Unicode text", PowerShell 5's ">") read as UTF-8: a NUL
  // beside every plain letter.
  if (Math.max(nulAtEven, nulAtOdd) >= sample.length / 4) return 'utf-16';
  if (nulAtEven + nulAtOdd > 0) return 'binary';
  if (undecodable > 0 && !startIsUtf8) return 'not-utf-8';
  return null;
}

/**
 * Whether a file's first bytes are well-formed UTF-8, fed its bytes as they arrive and then
 * told that the file has ended. Decoding turns a bad byte into U+FFFD just as it keeps a U+FFFD
 * the file holds, so only the bytes tell a file in another encoding from one that quotes it.
 */
export class Utf8StartCheck {
  #decoder = new TextDecoder('utf-8', { fatal: true });
  #checkedBytes = 0;
  #wellFormed = true;

  push(bytes: Uint8Array): void {
    if (!this.#wellFormed || this.#checkedBytes >= SAMPLE_BYTES) return;
    const part = bytes.subarray(0, SAMPLE_BYTES - this.#checkedBytes);
    this.#checkedBytes += part.length;
    // A character cut at the end of a chunk is not an error yet: `stream` waits for the rest.
    this.#check(() => this.#decoder.decode(part, { stream: true }));
  }

  /** The file has ended: when that is inside the sample, a character cut by the end is an error. */
  finish(): void {
    if (this.#wellFormed && this.#checkedBytes < SAMPLE_BYTES)
      this.#check(() => this.#decoder.decode());
  }

  #check(decode: () => string): void {
    try {
      decode();
    } catch {
      this.#wellFormed = false;
    }
  }

  get wellFormed(): boolean {
    return this.#wellFormed;
  }
}

/** A whole file's bytes as UTF-8 text, and whether its start is well-formed (Utf8StartCheck). */
export function decodeUtf8File(bytes: Uint8Array): { text: string; startIsUtf8: boolean } {
  const startCheck = new Utf8StartCheck();
  startCheck.push(bytes);
  startCheck.finish();
  return { text: new TextDecoder().decode(bytes), startIsUtf8: startCheck.wellFormed };
}
