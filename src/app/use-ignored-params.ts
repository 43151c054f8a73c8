import { useMemo } from 'react';
import { parseSearch } from '../url/parse-search';
import type { IgnoredParam } from '../url/search-state';

/** What the current link asked for that could not be used: bad syntax, or ids the data lacks. */
export function useIgnoredParams(unknownIds: IgnoredParam[]): IgnoredParam[] {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  return useMemo(() => {
    const { ignored } = parseSearch(Object.fromEntries(new URLSearchParams(search)));
    return [...ignored, ...unknownIds];
  }, [search, unknownIds]);
}
