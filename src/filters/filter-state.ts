import type { Catalog } from '../data/catalog';
import { parsePartialDate } from '../data/partial-date';
import type { IgnoredParam, SearchState } from '../url/search-state';

export type Facet = 'kind' | 'person' | 'org';
export const FACETS: readonly Facet[] = ['kind', 'person', 'org'];

/** The filters that decide which events are shown, with ids already checked against the data. */
export interface Filters {
  kind: string[];
  person: string[];
  org: string[];
  /** Inclusive UTC ms bounds; an event is kept when its period overlaps [fromMs, toMs). */
  fromMs: number | null;
  toMs: number | null;
}

export const NO_FILTERS: Filters = { kind: [], person: [], org: [], fromMs: null, toMs: null };

/** Drops ids the dataset does not know (reporting them), and turns date bounds into ms. */
export function resolveFilters(
  search: SearchState,
  catalog: Catalog,
): { filters: Filters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const known: Record<Facet, (id: string) => boolean> = {
    kind: (id) => catalog.kindIndexById.has(id),
    person: (id) => catalog.people.some((person) => person.id === id),
    org: (id) => catalog.organizations.some((org) => org.id === id),
  };
  const pick = (facet: Facet) => {
    const ids = search[facet];
    const kept = ids.filter(known[facet]);
    const dropped = ids.filter((id) => !known[facet](id));
    if (dropped.length > 0) ignored.push({ param: facet, value: dropped.join(',') });
    return kept;
  };
  return {
    filters: {
      kind: pick('kind'),
      person: pick('person'),
      org: pick('org'),
      fromMs: search.from ? (parsePartialDate(search.from)?.startMs ?? null) : null,
      toMs: search.to ? (parsePartialDate(search.to)?.endMs ?? null) : null,
    },
    ignored,
  };
}

export function hasActiveFilters(filters: Filters, query: string): boolean {
  return (
    query.trim() !== '' ||
    filters.kind.length > 0 ||
    filters.person.length > 0 ||
    filters.org.length > 0 ||
    filters.fromMs !== null ||
    filters.toMs !== null
  );
}
