// Everything the explorer shows, derived from the Catalog and the URL with pure functions.
import { useDeferredValue, useMemo } from 'react';
import type { Catalog } from '../data/catalog';
import { applyFilters, buildConstraintMasks } from '../filters/apply-filters';
import { countFacets } from '../filters/facet-counts';
import { resolveFilters } from '../filters/filter-state';
import { searchEvents } from '../filters/search-index';
import { useSearchIndex } from '../filters/use-search-index';
import type { SearchState } from '../url/search-state';

export function useExplorerModel(
  catalog: Catalog,
  search: SearchState,
  openId: string | undefined,
) {
  // Key the filters by their content: a zoom commit rewrites `view`, which must not refilter.
  const filterKey = JSON.stringify([
    search.kind,
    search.person,
    search.org,
    search.from,
    search.to,
  ]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `search` is read through filterKey
  const { filters, ignored } = useMemo(() => resolveFilters(search, catalog), [filterKey, catalog]);
  const query = search.q.trim();
  // The box shows each keystroke at once; results follow in a render of their own. A word as
  // common as "news" takes 100 ms to score across 100,000 events, and typing must not wait.
  const searchedQuery = useDeferredValue(query);
  const searchIndex = useSearchIndex(catalog, query !== '');
  const textMatches = useMemo(
    () => (searchedQuery && searchIndex ? searchEvents(searchIndex, searchedQuery) : null),
    [searchedQuery, searchIndex],
  );
  const masks = useMemo(
    () => buildConstraintMasks(catalog, filters, textMatches?.mask ?? null),
    [catalog, filters, textMatches],
  );
  const visibleIndexes = useMemo(() => applyFilters(catalog, masks), [catalog, masks]);
  /**
   * The timeline shows search matches highlighted against the other filtered events, dimmed,
   * so a reader sees where in time the matches fall.
   */
  const timelineIndexes = useMemo(
    () => (masks.text ? applyFilters(catalog, masks, 'text') : visibleIndexes),
    [catalog, masks, visibleIndexes],
  );
  /** What the date filter's histogram shows: everything the other filters let through. */
  const dateContextIndexes = useMemo(
    () => (masks.date ? applyFilters(catalog, masks, 'date') : visibleIndexes),
    [catalog, masks, visibleIndexes],
  );
  const facetCounts = useMemo(() => countFacets(catalog, masks), [catalog, masks]);
  /** The list order: by relevance while searching, by time otherwise. */
  const listIndexes = useMemo(() => {
    if (!textMatches) return visibleIndexes;
    const visible = new Uint8Array(catalog.events.length);
    for (const index of visibleIndexes) visible[index] = 1;
    return textMatches.ranked.filter((index) => visible[index] === 1);
  }, [textMatches, visibleIndexes, catalog]);
  const openIndex = openId === undefined ? null : (catalog.indexById.get(openId) ?? null);
  return {
    filters,
    ignored,
    searchPending: query !== '' && searchIndex === null,
    textMatches,
    visibleIndexes,
    timelineIndexes,
    dateContextIndexes,
    listIndexes,
    facetCounts,
    openIndex,
  };
}
