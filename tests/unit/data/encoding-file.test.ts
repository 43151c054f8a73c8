// A file in another encoding than UTF-8, or not text at all, is named for what it is when it
// is opened, whatever its name says, so the reader knows to re-save it.
import { describe, expect, it } from 'vitest';
import { prepareDataset, readDataFile } from '../../../src/share/prepare-dataset';

/** A text saved as UTF-16 LE with its byte-order mark, as a browser reads it as UTF-8. */
const asUtf16 = (text: string) =>
  '\uFFFD\uFFFD' + [...text].map((char) => `${char}\u0000`).join('');

describe('opening a file that is not UTF-8 text', () => {
  it.each(['events.csv', 'events.json', 'events.tsv'])('names UTF-16 in %s', (name) => {
    expect(prepareDataset(asUtf16('date,title\n2020,Launch\n'), name)).toEqual({
      ok: false,
      error: { code: 'utf-16', problems: [] },
    });
  });

  it('names an older encoding, and a binary file', () => {
    const cp1251 = 'date,title\n2020,\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\n';
    expect(prepareDataset(cp1251, 'events.csv')).toMatchObject({
      ok: false,
      error: { code: 'not-utf-8', problems: [] },
    });
    const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    expect(prepareDataset(png, 'photo.json')).toMatchObject({
      ok: false,
      error: { code: 'binary', problems: [] },
    });
  });

  it('opens a UTF-8 file with Russian text as it is', () => {
    expect(prepareDataset('date,title\n2020,Запуск\n', 'events.csv')).toMatchObject({ ok: true });
  });

  it('tells a file quoting “\uFFFD” from one in another encoding by its bytes', async () => {
    const quoting = new File(['date,title\n2020,Source text was garbled: \uFFFD\n'], 'q.csv');
    expect(await readDataFile(quoting)).toMatchObject({ ok: true, format: 'csv' });
    // "Запуск" in Windows-1251: one byte a letter, none of them UTF-8.
    const bytes = Uint8Array.from([...'date,title\n2020,'].map((c) => c.charCodeAt(0)));
    const cp1251 = new File([bytes, new Uint8Array([0xc7, 0xe0, 0xef, 0xf3, 0xf1, 0xea])], 'r.csv');
    expect(await readDataFile(cp1251)).toMatchObject({
      ok: false,
      error: { code: 'not-utf-8', problems: [] },
    });
    // Windows-1252 "Café" at the very end: é (0xE9) starts a UTF-8 character the file never ends.
    const cafe = new File([bytes, new Uint8Array([0x43, 0x61, 0x66, 0xe9])], 'c.csv');
    expect(await readDataFile(cafe)).toMatchObject({
      ok: false,
      error: { code: 'not-utf-8', problems: [] },
    });
  });
});
