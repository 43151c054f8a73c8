import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { parseCsvDataset } from '../../../src/data/import/parse-csv-dataset';
import { resolveText } from '../../../src/i18n/resolve-text';
import { readFixture } from './read-fixture';

function decodeCsv(text: string) {
  const result = parseCsvDataset(text, { title: 'My events' });
  if (!result.ok) throw new Error(`conversion failed: ${result.error.detail}`);
  const decoded = decodeDataset(result.raw);
  if (!decoded.ok) throw new Error(`decode failed: ${decoded.error.problems.join('; ')}`);
  return decoded;
}

describe('parseCsvDataset', () => {
  const { catalog, warnings } = decodeCsv(readFixture('ten-events.csv'));

  it('loads all ten events of the sample without warnings', () => {
    expect(warnings).toEqual([]);
    expect(catalog.events).toHaveLength(10);
    expect(resolveText(catalog.title, 'en')).toBe('My events');
    expect(catalog.languages).toEqual(['en', 'ru']);
  });

  it('keeps given ids and generates kebab-case ids from titles when missing', () => {
    const ids = catalog.events.map((event) => event.id);
    expect(ids).toContain('babuschkin-leaves-xai');
    expect(ids).toContain('google-acquires-deepmind');
    expect(ids).toContain('ilya-sutskever-leaves-openai');
  });

  it('maps dates at their precision, spans and per-language titles', () => {
    const board = catalog.events[catalog.indexById.get('board-crisis')!]!;
    expect(board.date).toBe('2023-11-17');
    expect(board.endDate).toBe('2023-11-22');
    const ventures = catalog.events[catalog.indexById.get('babuschkin-ventures')!]!;
    expect(ventures.date).toBe('2025-08');
    const leaves = catalog.events[catalog.indexById.get('babuschkin-leaves-xai')!]!;
    expect(resolveText(leaves.title, 'ru')).toBe('Игорь Бабушкин покидает xAI');
    expect(leaves.importance).toBe(1);
  });

  it('creates people, organizations and kinds once each, from names or ids', () => {
    expect(catalog.kinds.map((kind) => kind.id).sort()).toEqual([
      'controversy',
      'departure',
      'founding',
      'launch',
    ]);
    const musk = catalog.people.filter((person) => person.id === 'elon-musk');
    expect(musk).toHaveLength(1);
    expect(catalog.people.find((person) => person.id === 'sam-altman')?.name).toBe('Sam Altman');
    expect(catalog.eventsByOrg.get('openai')?.length).toBe(4);
  });

  it('reads several sources from lines inside the source cells, in order', () => {
    const openai = catalog.events[catalog.indexById.get('openai-founded')!]!;
    expect(openai.sources).toEqual([
      {
        url: 'https://example.com/openai-intro',
        title: 'Introducing OpenAI',
        publisher: 'OpenAI',
        date: '2015-12-11',
      },
      {
        url: 'https://example.org/openai-report',
        title: 'Report on the launch',
        publisher: 'Example Org',
        date: '2015-12',
      },
    ]);
  });

  it('accepts semicolon-delimited files with loose header names', () => {
    const csv = 'Title;Date;Kind;Source URL\n"Launch day";2024-3-5;Launch;https://example.com/a\n';
    const { catalog: loaded } = decodeCsv(csv);
    expect(loaded.events[0]).toMatchObject({
      id: 'launch-day',
      date: '2024-03-05',
      kind: 'launch',
    });
    expect(loaded.events[0]?.sources[0]?.title).toBe('example.com');
  });

  it('gives rows without a kind the kind "event"', () => {
    const { catalog: loaded } = decodeCsv('date,title\n2020,Something happened\n');
    expect(loaded.kinds).toEqual([{ id: 'event', label: 'Event' }]);
  });

  it('leaves bad rows to the decoder, which names them while the rest loads', () => {
    const csv =
      'id,date,title,importance\ngood,2020,Good\nbad-date,2020-13-01,Bad date\nbad-importance,2021,Too important,5\n';
    const { catalog: loaded, warnings: found } = decodeCsv(csv);
    // A bad date costs the row; a bad importance costs only the importance.
    expect(loaded.events.map((event) => event.id)).toEqual(['good', 'bad-importance']);
    expect(found.map((warning) => [warning.id, warning.skipped])).toEqual([
      ['bad-date', true],
      ['bad-importance', false],
    ]);
  });

  it('removes the formula guard that spreadsheet exports add', () => {
    const { catalog: loaded } = decodeCsv(`date,title\n2020,"'=1+1 is not a formula"\n`);
    expect(resolveText(loaded.events[0]?.title, 'en')).toBe('=1+1 is not a formula');
  });

  it('pairs each source with its own date when the first source has none', () => {
    const { catalog: loaded } = decodeCsv(
      'date,title,source_url,source_date\n' +
        '2020,Launch,"https://a.example/wiki\nhttps://b.example/news","\n2020-05-01"\n',
    );
    expect(loaded.events[0]?.sources.map((source) => [source.url, source.date])).toEqual([
      ['https://a.example/wiki', undefined],
      ['https://b.example/news', '2020-05-01'],
    ]);
  });
});

describe('parseCsvDataset errors', () => {
  it.each([
    ['', 'empty'],
    ['\uFEFF  \n', 'empty'],
    ['name,when\nAda,1843\n', 'csv-missing-columns'],
    ['date,title\n', 'csv-no-rows'],
    ['date,title\n2020,"unclosed\n', 'csv-syntax'],
  ])('%j fails with %s and never throws', (text, code) => {
    const result = parseCsvDataset(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      // An empty file needs no detail under its message; the others say where or what.
      if (code === 'empty') expect(result.error.detail).toBe('');
      else expect(result.error.detail.length).toBeGreaterThan(0);
    }
  });

  it('names the missing columns', () => {
    const result = parseCsvDataset('name,when\nAda,1843\n');
    expect(!result.ok && result.error.detail).toContain('missing: date, title');
  });
});
