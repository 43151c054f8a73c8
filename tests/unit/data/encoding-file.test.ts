// A file in another encoding than UTF-8, or not text at all, is named for what it is when it
// is opened, whatever its name says, so the reader knows to re-save it.
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/share/prepare-dataset';

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
});
