import { useLocation } from '@tanstack/react-router';
import { useMemo } from 'react';
import { parseSearch } from '../url/parse-search';
import type { IgnoredParam } from '../url/search-state';

/** What the current link asked for that could not be used: bad syntax, or ids the data lacks. */
export function useIgnoredParams(unknownIds: IgnoredParam[]): IgnoredParam[] {
  // The validated search state drops what it could not use. The location's search record is
  // the query as written (parseQueryString's output); its searchStr is already rewritten.
  const raw = useLocation({ select: (location) => location.search });
  return useMemo(() => {
    const { ignored } = parseSearch(raw);
    return [...ignored, ...unknownIds];
  }, [raw, unknownIds]);
}
