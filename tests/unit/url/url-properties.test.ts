// Every view is a link: serializing a view and reading it back gives the same view, and no
// address, however mangled, crashes the parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/data/partial-date';
import { parseSearch } from '../../../src/url/parse-search';
import { parseQueryString, stringifyQuery, validateSearch } from '../../../src/url/router-search';
import { GROUPS, type SearchState } from '../../../src/url/search-state';
import { serializeSearch, toQueryString } from '../../../src/url/serialize-search';

const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

const partialDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year).padStart(4, '0');
    const m = String(month).padStart(2, '0');
    if (precision === 'year') return y;
    if (precision === 'month') return `${y}-${m}`;
    const lastDay = new Date(parsePartialDate(`${y}-${m}`)!.endMs - 1).getUTCDate();
    return `${y}-${m}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  });

/** Two dates in an order the parser accepts: the first starts before the second ends. */
const orderedDates = fc
  .tuple(partialDate, partialDate)
  .map(([a, b]) =>
    parsePartialDate(a)!.startMs < parsePartialDate(b)!.endMs
      ? ([a, b] as const)
      : ([b, a] as const),
  );

const searchText = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .filter((text) => text === text.trim() && text.length <= 200);

const searchState: fc.Arbitrary<SearchState> = fc
  .record(
    {
      q: searchText,
      kind: fc.uniqueArray(kebabId, { maxLength: 5 }),
      person: fc.uniqueArray(kebabId, { maxLength: 5 }),
      org: fc.uniqueArray(kebabId, { maxLength: 5 }),
      bounds: fc.oneof(
        orderedDates.map(([from, to]) => ({ from, to })),
        partialDate.map((from) => ({ from })),
        partialDate.map((to) => ({ to })),
        fc.constant({}),
      ),
      group: fc.constantFrom(...GROUPS),
      view: orderedDates.map(([start, end]) => ({ start, end })),
      lang: fc.constantFrom('en' as const, 'ru' as const),
      data: fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ minLength: 1, maxLength: 80 }),
      ),
      embed: fc.boolean(),
    },
    { requiredKeys: ['q', 'kind', 'person', 'org', 'bounds', 'group', 'embed'] },
  )
  .map(({ bounds, ...rest }) => ({ ...rest, ...bounds }));

/** The router's codec as the router calls it: query string in, canonical query string out. */
function canonical(query: string): string {
  // stringifyQuery is typed for loose records; a SearchState is one at run time.
  return stringifyQuery(
    validateSearch(parseQueryString(query)) as unknown as Record<string, unknown>,
  );
}

describe('URL state round trip', () => {
  it('parse(serialize(s)) gives back s, with nothing ignored', () => {
    fc.assert(
      fc.property(searchState, (state) => {
        expect(parseSearch(serializeSearch(state))).toStrictEqual({ state, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('survives the real query string: the address bar gives back the same view', () => {
    fc.assert(
      fc.property(searchState, (state) => {
        const query = toQueryString(state);
        expect(parseSearch(parseQueryString(query)).state).toStrictEqual(state);
        // The router's codec writes the same canonical string for the typed state.
        expect(stringifyQuery(state as unknown as Record<string, unknown>)).toBe(query);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every parameter the URL scheme names (DESIGN.md), written out here rather than imported. */
const PARAM_NAMES = [
  'q',
  'kind',
  'person',
  'org',
  'from',
  'to',
  'group',
  'view',
  'lang',
  'data',
  'embed',
  'v',
];

describe('URL parsing never throws', () => {
  it('on arbitrary records of strings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (raw) => {
        const { state } = parseSearch(raw);
        expect(Array.isArray(state.kind)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on values that cannot be turned into text, dropping them', () => {
    const unprintable = { toString: '' };
    const raw = { person: [unprintable, 'elon-musk'], view: { start: unprintable, end: '2025' } };
    expect(() => String(unprintable)).toThrow();
    expect(validateSearch(raw).person).toEqual(['elon-musk']);
    expect(validateSearch(raw).view).toBeUndefined();
    expect(stringifyQuery({ '': [unprintable] })).toBe('');
  });

  it('on records of arbitrary values, including the parameter names it knows', () => {
    const key = fc.oneof(fc.constantFrom(...PARAM_NAMES, '__proto__', 'constructor'), fc.string());
    fc.assert(
      fc.property(fc.dictionary(key, fc.anything()), (raw) => {
        expect(() => parseSearch(raw)).not.toThrow();
        expect(() => validateSearch(raw)).not.toThrow();
        expect(() => stringifyQuery(raw)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary query strings, and always yields a state it can serialize', () => {
    const known = fc.constantFrom(...PARAM_NAMES);
    const pair = fc.tuple(
      fc.oneof(known, fc.string()),
      fc.oneof(partialDate, kebabId, fc.string({ unit: 'binary' })),
    );
    const queryString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(pair, { maxLength: 8 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(queryString, (query) => {
        const state = validateSearch(parseQueryString(query));
        expect(typeof toQueryString(state)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stringifyQuery(validateSearch(x)) is canonical', () => {
  it('is idempotent: reading a written link and writing it again changes nothing', () => {
    const queryString = fc.oneof(
      fc.string({ maxLength: 200 }),
      searchState.map((state) => toQueryString(state)),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'q',
              'kind',
              'person',
              'org',
              'from',
              'to',
              'group',
              'view',
              'lang',
              'embed',
              'x',
            ),
            fc.string(),
          ),
          { maxLength: 6 },
        )
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queryString, (query) => {
        const once = canonical(query);
        const twice = canonical(once);
        expect(twice).toBe(once);
        // A canonical link has nothing left to ignore.
        expect(parseSearch(parseQueryString(once)).ignored).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the same link whatever the parameter order or spelling of defaults', () => {
    const a = canonical('?lang=ru&kind=launch&group=kind&embed=0&q=grok');
    const b = canonical('?q=%20grok&kind=launch,launch&lang=ru');
    expect(a).toBe('?q=grok&kind=launch&lang=ru');
    expect(b).toBe(a);
  });
});

describe('the router sees only validated values', () => {
  // TanStack Router keeps the raw query under the validated search: a match's search is
  // `{ ...raw, ...validateSearch(raw) }`. A rejected value must not show through that merge.
  it('for every parameter, a rejected raw value is overwritten', () => {
    const known = fc.constantFrom(...PARAM_NAMES);
    const raw = fc.dictionary(known, fc.oneof(partialDate, kebabId, fc.string()));
    fc.assert(
      fc.property(raw, (query) => {
        const validated = validateSearch(query);
        const seenByComponents = { ...query, ...validated };
        for (const name of PARAM_NAMES.filter((param) => param !== 'v')) {
          expect(seenByComponents[name as keyof SearchState]).toStrictEqual(
            validated[name as keyof SearchState],
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('drops a language, dates and a view it cannot use', () => {
    const raw = { lang: 'de', from: '2025-02-30', to: 'abc', view: 'x..y', data: '' };
    expect({ ...raw, ...validateSearch(raw) }).toMatchObject({
      lang: undefined,
      from: undefined,
      to: undefined,
      view: undefined,
      data: undefined,
    });
  });
});
