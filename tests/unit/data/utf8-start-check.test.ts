// Only a file's bytes tell whether a U+FFFD in its text was decoded from bytes that were not
// UTF-8 or is a character the file itself holds.
import { describe, expect, it } from 'vitest';
import {
  findEncodingProblem,
  SAMPLE_BYTES,
  Utf8StartCheck,
} from '../../../src/data/describe-encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Feeds a whole file, chunk by chunk, to a new check. */
function check(...chunks: Uint8Array[]): boolean {
  const startCheck = new Utf8StartCheck();
  for (const chunk of chunks) startCheck.push(chunk);
  startCheck.finish();
  return startCheck.wellFormed;
}

describe('Utf8StartCheck', () => {
  it('accepts UTF-8 that holds U+FFFD itself, and characters split between chunks', () => {
    const bytes = utf8('{"title": "� Запуск 🚀"}');
    expect(check(bytes)).toBe(true);
    expect(check(...Array.from(bytes, (byte) => Uint8Array.of(byte)))).toBe(true);
  });

  it('refuses a byte that is not UTF-8 near the start, in any chunk', () => {
    expect(check(Uint8Array.of(0x7b, 0xc7, 0xe0))).toBe(false);
    expect(check(utf8('{"title": "'), Uint8Array.of(0xff), utf8('"}'))).toBe(false);
  });

  it('refuses a short file that ends in the middle of a character', () => {
    // "Café" saved as Windows-1252: é is 0xE9, which in UTF-8 starts a three-byte character.
    expect(check(utf8('date,title\n2020,Caf'), Uint8Array.of(0xe9))).toBe(false);
  });

  it('looks at the start only, and does not count a character cut at its end', () => {
    const start = new Uint8Array(SAMPLE_BYTES).fill(0x20);
    expect(check(start, Uint8Array.of(0xff))).toBe(true);
    // "Я" (D0 AF) cut by the end of the sample: the second byte is never looked at.
    expect(check(start.subarray(1), Uint8Array.of(0xd0, 0xaf))).toBe(true);
  });

  it('covers the first 1,024 characters behind a byte-order mark, to the last byte', () => {
    // Three bytes a character: the 1,024th character's bytes end 3 + 3,072 bytes in.
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    const wide = utf8('中'.repeat(1023));
    expect(check(bom, wide, Uint8Array.of(0xff))).toBe(false);
    expect(check(wide, Uint8Array.of(0xf0, 0x9f, 0x98, 0x78))).toBe(false);
  });
});

describe('findEncodingProblem', () => {
  it('reads U+FFFD as bytes that were not UTF-8, unless the bytes were checked', () => {
    const text = '{"title": "\uFFFD\uFFFD"}';
    expect(findEncodingProblem(text)).toBe('not-utf-8');
    expect(findEncodingProblem(text, true)).toBeNull();
  });
});
