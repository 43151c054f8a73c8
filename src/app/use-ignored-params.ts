import { useLocation } from '@tanstack/react-router';
import { useMemo } from 'react';
import { parseSearch } from '../url/parse-search';
import { parseQueryString } from '../url/router-search';
import type { IgnoredParam } from '../url/search-state';

/** What the current link asked for that could not be used: bad syntax, or ids the data lacks. */
export function useIgnoredParams(unknownIds: IgnoredParam[]): IgnoredParam[] {
  // The validated search state drops what it could not use; the raw query string still has it.
  const searchStr = useLocation({ select: (location) => location.searchStr });
  return useMemo(() => {
    const { ignored } = parseSearch(parseQueryString(searchStr));
    return [...ignored, ...unknownIds];
  }, [searchStr, unknownIds]);
}
