import { describe, expect, it } from 'vitest';
import { parseSearch, parseView } from '../../../src/url/parse-search';
import { parseQueryString } from '../../../src/url/router-search';
import { DEFAULT_SEARCH, type SearchState } from '../../../src/url/search-state';

const parse = (query: string) => parseSearch(parseQueryString(query));

describe('parseSearch', () => {
  it('reads an empty query as the default view', () => {
    expect(parse('')).toEqual({ state: DEFAULT_SEARCH, ignored: [] });
  });

  it('reads every parameter of a full link', () => {
    const { state, ignored } = parse(
      '?q=grok%204&kind=launch,controversy&person=elon-musk&org=xai,openai&from=2023&to=2025-08&group=org&view=2024-06..2025-09-01&lang=ru&data=https%3A%2F%2Fdata.example%2Fai.json&embed=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual<SearchState>({
      q: 'grok 4',
      kind: ['launch', 'controversy'],
      person: ['elon-musk'],
      org: ['xai', 'openai'],
      from: '2023',
      to: '2025-08',
      group: 'org',
      view: { start: '2024-06', end: '2025-09-01' },
      lang: 'ru',
      data: 'https://data.example/ai.json',
      embed: true,
    });
  });

  it.each([
    ['kind=Bad!', 'kind', 'Bad!'],
    ['person=Elon Musk', 'person', 'Elon Musk'],
    ['org=-xai', 'org', '-xai'],
    ['group=nope', 'group', 'nope'],
    ['from=2025-13', 'from', '2025-13'],
    ['to=2025-02-30', 'to', '2025-02-30'],
    ['view=bad', 'view', 'bad'],
    ['view=2025..2020', 'view', '2025..2020'],
    ['view=2020..2021..2022', 'view', '2020..2021..2022'],
    ['lang=de', 'lang', 'de'],
    ['embed=yes', 'embed', 'yes'],
    ['v=99', 'v', '99'],
    ['utm_source=newsletter', 'utm_source', 'newsletter'],
  ])('ignores %s and reports it, keeping the defaults', (query, param, value) => {
    const { state, ignored } = parse(`?${query}`);
    expect(ignored).toEqual([{ param, value }]);
    expect(state).toEqual(DEFAULT_SEARCH);
  });

  it('keeps the valid ids of a facet and reports the rest', () => {
    const { state, ignored } = parse('?kind=launch,Bad!,founding&person=elon-musk');
    expect(state.kind).toEqual(['launch', 'founding']);
    expect(state.person).toEqual(['elon-musk']);
    expect(ignored).toEqual([{ param: 'kind', value: 'launch,Bad!,founding' }]);
  });

  it('keeps valid parameters next to invalid ones', () => {
    const { state, ignored } = parse('?q=colossus&group=nope&lang=de&from=2024&foo=bar');
    expect(state).toEqual({ ...DEFAULT_SEARCH, q: 'colossus', from: '2024' });
    expect(ignored.map((item) => item.param).sort()).toEqual(['foo', 'group', 'lang']);
  });

  it('tidies ids: trims spaces, drops empty entries and repeats', () => {
    const { state, ignored } = parse('?person=elon-musk,%20igor-babuschkin,,elon-musk');
    expect(state.person).toEqual(['elon-musk', 'igor-babuschkin']);
    expect(ignored).toEqual([]);
  });

  it('trims the search text and refuses an absurdly long one', () => {
    expect(parse('?q=%20%20grok%20%20').state.q).toBe('grok');
    const long = parse(`?q=${'a'.repeat(201)}`);
    expect(long.state.q).toBe('');
    expect(long.ignored.map((item) => item.param)).toEqual(['q']);
  });

  it('drops a `to` bound that ends before `from` starts, keeping `from`', () => {
    const { state, ignored } = parse('?from=2025-08&to=2024');
    expect(state.from).toBe('2025-08');
    expect(state.to).toBeUndefined();
    expect(ignored).toEqual([{ param: 'to', value: '2024' }]);
  });

  it('accepts from and to in the same period (the whole of that period)', () => {
    expect(parse('?from=2025&to=2025').state).toEqual({
      ...DEFAULT_SEARCH,
      from: '2025',
      to: '2025',
    });
  });

  it('accepts the current version and upgrades links without one', () => {
    expect(parse('?v=1&q=x')).toEqual({ state: { ...DEFAULT_SEARCH, q: 'x' }, ignored: [] });
  });

  it('reads embed=0 as not embedded', () => {
    expect(parse('?embed=0')).toEqual({ state: DEFAULT_SEARCH, ignored: [] });
  });

  it('takes the first value of a repeated or array parameter and stringifies numbers', () => {
    expect(parseSearch({ kind: ['launch', 'founding'], from: 2025 }).state).toEqual({
      ...DEFAULT_SEARCH,
      kind: ['launch'],
      from: '2025',
    });
  });

  it('does not treat Object.prototype members as parameters', () => {
    const { state, ignored } = parse('?__proto__=x&constructor=y&toString=z&hasOwnProperty=1');
    expect(state).toEqual(DEFAULT_SEARCH);
    expect(ignored.map((item) => item.param)).toEqual(
      expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty']),
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('parseView', () => {
  it('reads START..END at any precision', () => {
    expect(parseView('2019..2025-08-13')).toEqual({ start: '2019', end: '2025-08-13' });
  });

  it('accepts a window inside one period and refuses one that ends before it starts', () => {
    expect(parseView('2025..2025')).toEqual({ start: '2025', end: '2025' });
    expect(parseView('2025-08-14..2025-08-13')).toBeUndefined();
    expect(parseView('2025-08..')).toBeUndefined();
  });
});
