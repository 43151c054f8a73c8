import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { applyFilters, buildConstraintMasks } from '../../../src/filters/apply-filters';
import { countFacets } from '../../../src/filters/facet-counts';
import {
  hasActiveFilters,
  NO_FILTERS,
  resolveFilters,
  type Filters,
} from '../../../src/filters/filter-state';
import { DEFAULT_SEARCH, type SearchState } from '../../../src/url/search-state';
import { decodeFixture, makeCatalog, makeSyntheticDataset } from '../../fixtures/make-dataset';

const catalog = makeCatalog();

/** The ids a reader sees for a link's filters, through the same steps the app takes. */
function shownIds(search: Partial<SearchState>): string[] {
  const { filters } = resolveFilters({ ...DEFAULT_SEARCH, ...search }, catalog);
  return [...applyFilters(catalog, buildConstraintMasks(catalog, filters, null))].map(
    (i) => catalog.events[i]!.id,
  );
}

function countsFor(search: Partial<SearchState>, textMask: Uint8Array | null = null) {
  const { filters } = resolveFilters({ ...DEFAULT_SEARCH, ...search }, catalog);
  const counts = countFacets(catalog, buildConstraintMasks(catalog, filters, textMask));
  return {
    kind: Object.fromEntries(counts.kind),
    person: Object.fromEntries(counts.person),
    org: Object.fromEntries(counts.org),
  };
}

describe('applyFilters', () => {
  it('shows every event, in time order, when nothing is filtered', () => {
    expect(shownIds({})).toEqual(catalog.events.map((event) => event.id));
  });

  it('combines ids within one facet with OR', () => {
    expect(shownIds({ kind: ['departure', 'controversy'] })).toEqual([
      'boris-leaves-acme',
      'turbine-protests',
      'chatbot-mechahitler',
      'carla-leaves-northwind',
      'acme-privacy-fine',
      'alice-leaves-acme',
    ]);
    expect(shownIds({ person: ['boris-ivanov', 'carla-diaz'] })).toHaveLength(7);
  });

  it('combines facets with AND', () => {
    expect(shownIds({ kind: ['launch'], person: ['alice-chen'] })).toEqual([
      'atlas-beta',
      'atlas-launch',
    ]);
    expect(shownIds({ person: ['alice-chen', 'carla-diaz'], org: ['northwind-labs'] })).toEqual([
      'northwind-founded',
      'nova-launch',
      'carla-leaves-northwind',
    ]);
    expect(shownIds({ kind: ['controversy'], person: ['boris-ivanov'] })).toEqual([]);
  });

  it('keeps an event whose span overlaps the date range, even when it starts before it', () => {
    expect(shownIds({ from: '2022-06' })).toEqual([
      'turbine-protests', // 2021–2022
      'chatbot-mechahitler',
      'nova-launch',
      'carla-leaves-northwind',
      'carla-ventures-founded',
      'acme-privacy-fine',
      'alice-leaves-acme',
    ]);
    expect(shownIds({ from: '2021-03', to: '2021-04' })).toEqual(['turbine-protests']);
  });

  it('counts a bound as its whole period: to=2019-06 includes 14 June 2019', () => {
    expect(shownIds({ to: '2019-06' })).toEqual([
      'acme-founded',
      'northwind-founded',
      'boris-leaves-acme',
    ]);
    expect(shownIds({ from: '2019-06-14', to: '2019-06-14' })).toEqual(['boris-leaves-acme']);
  });

  it('keeps an event dated only by its year when the range touches that year', () => {
    expect(shownIds({ from: '2015-12-31', to: '2016-05' })).toEqual(['acme-founded']);
    expect(shownIds({ from: '2016', to: '2016' })).toEqual([]);
  });

  it('ignores an id the dataset does not know instead of emptying the screen', () => {
    expect(shownIds({ person: ['ghost', 'boris-ivanov'] })).toEqual([
      'acme-founded',
      'boris-leaves-acme',
      'open-horizon-founded',
    ]);
    // An unknown id alone is dropped (and reported), so it does not empty the screen.
    expect(shownIds({ person: ['ghost'] })).toHaveLength(catalog.events.length);
  });

  it('applies the text matches as one more constraint', () => {
    const text = new Uint8Array(catalog.events.length);
    text[catalog.indexById.get('nova-launch')!] = 1;
    text[catalog.indexById.get('atlas-launch')!] = 1;
    const { filters } = resolveFilters({ ...DEFAULT_SEARCH, org: ['northwind-labs'] }, catalog);
    const ids = [...applyFilters(catalog, buildConstraintMasks(catalog, filters, text))].map(
      (i) => catalog.events[i]!.id,
    );
    expect(ids).toEqual(['nova-launch']);
  });
});

describe('countFacets', () => {
  it('counts every option when nothing is filtered, listing options without events as zero', () => {
    expect(countsFor({})).toEqual({
      kind: { founding: 4, departure: 3, launch: 4, controversy: 3 },
      person: { 'alice-chen': 4, 'boris-ivanov': 3, 'carla-diaz': 4, 'dmitri-orlov': 0 },
      org: {
        'acme-ai': 6,
        'northwind-labs': 6,
        'open-horizon': 2,
        'carla-ventures': 1,
        'quiet-corp': 0,
      },
    });
  });

  it('selecting a kind changes the person and org counts but not the kind counts', () => {
    const before = countsFor({});
    const after = countsFor({ kind: ['launch'] });
    expect(after.kind).toEqual(before.kind);
    expect(after.person).toEqual({
      'alice-chen': 2,
      'boris-ivanov': 0,
      'carla-diaz': 1,
      'dmitri-orlov': 0,
    });
    expect(after.org).toEqual({
      'acme-ai': 2,
      'northwind-labs': 2,
      'open-horizon': 0,
      'carla-ventures': 0,
      'quiet-corp': 0,
    });
  });

  it('counts each facet under all the other filters', () => {
    const counts = countsFor({ kind: ['launch'], person: ['alice-chen'] });
    // Kinds among Alice's events; people among launches; orgs among Alice's launches.
    expect(counts.kind).toEqual({ founding: 1, departure: 1, launch: 2, controversy: 0 });
    expect(counts.person).toEqual({
      'alice-chen': 2,
      'boris-ivanov': 0,
      'carla-diaz': 1,
      'dmitri-orlov': 0,
    });
    expect(counts.org['acme-ai']).toBe(2);
    expect(counts.org['northwind-labs']).toBe(0);
  });

  it('lets the date range and the text search narrow every facet', () => {
    const dated = countsFor({ from: '2023' });
    expect(dated.kind).toEqual({ founding: 1, departure: 2, launch: 0, controversy: 1 });
    const text = new Uint8Array(catalog.events.length);
    text[catalog.indexById.get('acme-founded')!] = 1;
    const searched = countsFor({}, text);
    expect(searched.person).toEqual({
      'alice-chen': 1,
      'boris-ivanov': 1,
      'carla-diaz': 0,
      'dmitri-orlov': 0,
    });
  });

  it('agrees with a brute-force count on synthetic data for any filters', () => {
    const synthetic = decodeFixture(makeSyntheticDataset(300, 99)).catalog;
    const filtersArb = fc.record({
      kind: fc.subarray(
        synthetic.kinds.map((kind) => kind.id),
        { maxLength: 2 },
      ),
      person: fc.subarray(
        synthetic.people.map((person) => person.id),
        { maxLength: 3 },
      ),
      org: fc.subarray(
        synthetic.organizations.map((org) => org.id),
        { maxLength: 2 },
      ),
      fromMs: fc.option(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2034, 0, 1) }), {
        nil: null,
      }),
      toMs: fc.option(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2034, 0, 1) }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(
        filtersArb,
        fc.uint8Array({ minLength: 300, maxLength: 300, max: 1 }),
        fc.boolean(),
        (filters, text, useText) => {
          const masks = buildConstraintMasks(synthetic, filters, useText ? text : null);
          const passes = bruteForce(synthetic, filters, useText ? text : null);
          expect([...applyFilters(synthetic, masks)]).toEqual(
            synthetic.events.flatMap((_, i) => (passes(i) ? [i] : [])),
          );

          const counts = countFacets(synthetic, masks);
          for (const person of synthetic.people) {
            const expected = synthetic.events.filter(
              (event, i) => passes(i, 'person') && event.people?.includes(person.id),
            ).length;
            expect(counts.person.get(person.id)).toBe(expected);
          }
          for (const kind of synthetic.kinds) {
            const expected = synthetic.events.filter(
              (event, i) => passes(i, 'kind') && event.kind === kind.id,
            ).length;
            expect(counts.kind.get(kind.id)).toBe(expected);
          }
          for (const org of synthetic.organizations) {
            const expected = synthetic.events.filter(
              (event, i) => passes(i, 'org') && event.organizations?.includes(org.id),
            ).length;
            expect(counts.org.get(org.id)).toBe(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The filter semantics written the obvious way, over event objects. */
function bruteForce(catalog: Catalog, filters: Filters, text: Uint8Array | null) {
  return (i: number, skip?: 'kind' | 'person' | 'org') => {
    const event = catalog.events[i]!;
    const anyOf = (selected: string[], values: string[] | undefined) =>
      selected.length === 0 || selected.some((id) => values?.includes(id));
    return (
      (skip === 'kind' || anyOf(filters.kind, [event.kind])) &&
      (skip === 'person' || anyOf(filters.person, event.people)) &&
      (skip === 'org' || anyOf(filters.org, event.organizations)) &&
      (filters.fromMs === null || catalog.endMs[i]! > filters.fromMs) &&
      (filters.toMs === null || catalog.startMs[i]! < filters.toMs) &&
      (text === null || text[i] === 1)
    );
  };
}

describe('resolveFilters', () => {
  it('drops ids the dataset does not know and reports them by facet', () => {
    const { filters, ignored } = resolveFilters(
      {
        ...DEFAULT_SEARCH,
        kind: ['launch', 'rumour'],
        person: ['alice-chen', 'ghost', 'nobody'],
        org: ['acme-ai'],
      },
      catalog,
    );
    expect(filters.kind).toEqual(['launch']);
    expect(filters.person).toEqual(['alice-chen']);
    expect(filters.org).toEqual(['acme-ai']);
    expect(ignored).toEqual([
      { param: 'kind', value: 'rumour' },
      { param: 'person', value: 'ghost,nobody' },
    ]);
  });

  it('turns date bounds into the start of `from` and the end of `to`', () => {
    const { filters, ignored } = resolveFilters(
      { ...DEFAULT_SEARCH, from: '2020-03', to: '2021' },
      catalog,
    );
    expect(filters.fromMs).toBe(Date.UTC(2020, 2, 1));
    expect(filters.toMs).toBe(Date.UTC(2022, 0, 1));
    expect(ignored).toEqual([]);
  });

  it('does not treat Object.prototype member names as known ids', () => {
    const { filters, ignored } = resolveFilters(
      { ...DEFAULT_SEARCH, kind: ['constructor'], person: ['to-string'] },
      catalog,
    );
    expect(filters).toEqual(NO_FILTERS);
    expect(ignored).toHaveLength(2);
  });
});

describe('hasActiveFilters', () => {
  it('is true when any constraint or a non-blank search is set', () => {
    expect(hasActiveFilters(NO_FILTERS, '')).toBe(false);
    expect(hasActiveFilters(NO_FILTERS, '   ')).toBe(false);
    expect(hasActiveFilters(NO_FILTERS, 'grok')).toBe(true);
    expect(hasActiveFilters({ ...NO_FILTERS, toMs: 0 }, '')).toBe(true);
    expect(hasActiveFilters({ ...NO_FILTERS, org: ['xai'] }, '')).toBe(true);
  });
});
