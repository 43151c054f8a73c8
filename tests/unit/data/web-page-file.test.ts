// A web page saved or downloaded in place of a dataset (a "Save page as" of a file's preview,
// say) is named as a web page when it is opened, whatever its file name claims.
import { describe, expect, it } from 'vitest';
import { convertToDataset } from '../../../src/data/import/convert-to-dataset';
import { prepareDataset } from '../../../src/share/prepare-dataset';

const PAGE =
  '\uFEFF<!doctype html>\n<html><body><table><tr><td>date</td></tr></table></body></html>';

describe('opening a file that is a web page', () => {
  it.each(['events.json', 'events.csv', 'events.tsv', 'events'])(
    'refuses %s as a web page rather than as broken JSON or CSV',
    (name) => {
      expect(convertToDataset(PAGE, name)).toMatchObject({
        ok: false,
        error: { code: 'html-page' },
      });
      expect(prepareDataset(PAGE, name)).toEqual({
        ok: false,
        error: { code: 'html-page', problems: [expect.stringContaining('<!doctype html')] },
      });
    },
  );

  it('does not mistake a CSV whose text mentions HTML for a web page', () => {
    const csv = 'date,title\n2020,"<html> tags in a title"\n';
    expect(convertToDataset(csv, 'events.csv')).toMatchObject({ ok: true, format: 'csv' });
  });
});
