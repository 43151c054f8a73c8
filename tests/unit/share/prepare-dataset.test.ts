import { describe, expect, it } from 'vitest';
import { checkFile, prepareDataset, readDataFile } from '../../../src/share/prepare-dataset';
import { readFixture } from '../import/read-fixture';

describe('prepareDataset', () => {
  it('accepts the three formats', () => {
    expect(prepareDataset(readFixture('ten-events.csv'), 'ten.csv')).toMatchObject({
      ok: true,
      format: 'csv',
    });
    expect(prepareDataset(readFixture('timelinejs-sample.json'), 'story.json')).toMatchObject({
      ok: true,
      format: 'timelinejs',
    });
    const dataset = {
      schemaVersion: 1,
      title: 'T',
      languages: ['en'],
      kinds: [],
      people: [],
      organizations: [],
      events: [],
    };
    expect(prepareDataset(JSON.stringify(dataset), 'd.json')).toEqual({
      ok: true,
      format: 'dataset',
      raw: dataset,
    });
  });

  it.each([
    ['{"schemaVersion": 2}', 'x.json', 'unsupported-version'],
    ['{"title": "no version"}', 'x.json', 'not-dataset'],
    ['{"oops"', 'x.json', 'not-json'],
    ['title\nA\n', 'x.csv', 'csv-missing-columns'],
  ])('refuses %j (%s) with %s and the details', (text, name, code) => {
    const result = prepareDataset(text, name);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(!result.ok && result.error.problems.length).toBeGreaterThan(0);
  });
});

describe('checkFile', () => {
  it('takes .json and .csv files under the size limit', () => {
    expect(checkFile({ name: 'a.CSV', type: '', size: 10 })).toBeNull();
    expect(checkFile({ name: 'export', type: 'application/json', size: 10 })).toBeNull();
    expect(checkFile({ name: 'photo.png', type: 'image/png', size: 10 })).toEqual({
      code: 'wrong-type',
      problems: [],
    });
    expect(checkFile({ name: 'a.json', type: '', size: 11 }, 10)).toEqual({
      code: 'too-large',
      problems: [],
    });
  });

  it('reads a File end to end', async () => {
    const file = new File([readFixture('ten-events.csv')], 'ten-events.csv', { type: 'text/csv' });
    expect(await readDataFile(file)).toMatchObject({ ok: true, format: 'csv' });
  });
});
