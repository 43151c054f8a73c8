import { describe, expect, it } from 'vitest';
import { convertToDataset, titleFromFileName } from '../../../src/data/import/convert-to-dataset';
import { detectFormat } from '../../../src/data/import/detect-format';
import { readFixture } from './read-fixture';

describe('detectFormat', () => {
  it('tells the three formats apart by content', () => {
    expect(detectFormat('{"schemaVersion":1,"events":[]}').format).toBe('dataset');
    expect(detectFormat(readFixture('timelinejs-sample.json')).format).toBe('timelinejs');
    expect(detectFormat(readFixture('ten-events.csv')).format).toBe('csv');
  });

  it('trusts a .csv extension and reports JSON it cannot use', () => {
    expect(detectFormat('{"a":1}', 'data.csv').format).toBe('csv');
    expect(detectFormat('date,title', 'data.json').format).toBe('not-json');
    expect(detectFormat('{"events": 3}', 'x.json').format).toBe('json-unknown');
    expect(detectFormat('date,title', 'https://example.com/e.csv?raw=1').format).toBe('csv');
  });
});

describe('convertToDataset', () => {
  it('converts CSV and TimelineJS, and passes dataset JSON through', () => {
    expect(convertToDataset(readFixture('ten-events.csv'), 'ten-events.csv')).toMatchObject({
      ok: true,
      format: 'csv',
    });
    expect(convertToDataset(readFixture('timelinejs-sample.json'), 'story.json')).toMatchObject({
      ok: true,
      format: 'timelinejs',
    });
    const dataset = { schemaVersion: 1, events: [] };
    expect(convertToDataset(JSON.stringify(dataset), 'd.json')).toEqual({
      ok: true,
      format: 'dataset',
      raw: dataset,
    });
  });

  it('names the file as the title of a CSV dataset', () => {
    const result = convertToDataset('date,title\n2020,A\n', 'ai_events-2025.csv');
    expect(result.ok && (result.raw as { title: string }).title).toBe('ai events 2025');
  });

  it.each([
    ['', 'x.json', 'empty'],
    ['{"broken": ', 'x.json', 'not-json'],
    ['name\nAda\n', 'x.csv', 'csv-missing-columns'],
  ])('fails clearly on %j (%s) with %s', (text, name, code) => {
    expect(convertToDataset(text, name)).toMatchObject({ ok: false, error: { code } });
  });

  it('titles from URLs and odd names', () => {
    expect(titleFromFileName('https://example.com/data/my%20events.json?x=1')).toBe('my events');
    expect(titleFromFileName('100%.csv')).toBe('100%');
  });
});
