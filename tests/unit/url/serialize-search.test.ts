import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH } from '../../../src/url/search-state';
import { serializeSearch, toQueryString } from '../../../src/url/serialize-search';

describe('serializeSearch', () => {
  it('writes nothing for the default view, so the plain address is the canonical link', () => {
    expect(serializeSearch(DEFAULT_SEARCH)).toEqual({});
    expect(toQueryString(DEFAULT_SEARCH)).toBe('');
  });

  it('omits each default on its own: default group, no embed, empty lists and search', () => {
    expect(
      serializeSearch({ ...DEFAULT_SEARCH, group: 'kind', embed: false, q: '', kind: [] }),
    ).toEqual({});
    expect(serializeSearch({ ...DEFAULT_SEARCH, group: 'none', embed: true })).toEqual({
      group: 'none',
      embed: '1',
    });
  });

  it('writes ids comma-separated and the view as START..END, readable in a shared link', () => {
    expect(
      toQueryString({
        ...DEFAULT_SEARCH,
        q: 'grok 4',
        kind: ['launch', 'controversy'],
        org: ['xai'],
        from: '2023',
        view: { start: '2024-06', end: '2025-09-01' },
        lang: 'ru',
      }),
    ).toBe('?q=grok+4&kind=launch,controversy&org=xai&from=2023&view=2024-06..2025-09-01&lang=ru');
  });

  it('escapes characters that would break the query string', () => {
    const query = toQueryString({
      ...DEFAULT_SEARCH,
      q: 'a&b=c #1',
      data: 'https://x.example/d.json?v=2&f=1',
    });
    expect(new URLSearchParams(query).get('q')).toBe('a&b=c #1');
    expect(new URLSearchParams(query).get('data')).toBe('https://x.example/d.json?v=2&f=1');
  });
});
