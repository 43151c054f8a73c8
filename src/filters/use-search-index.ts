import { useEffect, useMemo, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { createSearchIndex, createSearchIndexInChunks, type SearchIndex } from './search-index';

/** Up to this many events the index is built in one go: it takes a few milliseconds. */
const SYNC_BUILD_LIMIT = 5000;

/**
 * The search index for a catalog. Small datasets get it at once; large ones build it in
 * chunks after the first paint, so the timeline is drawn and stays smooth meanwhile.
 */
export function useSearchIndex(catalog: Catalog): SearchIndex | null {
  const small = catalog.events.length <= SYNC_BUILD_LIMIT;
  const syncIndex = useMemo(() => (small ? createSearchIndex(catalog) : null), [catalog, small]);
  const [built, setBuilt] = useState<{ catalog: Catalog; index: SearchIndex } | null>(null);
  useEffect(() => {
    if (small) return;
    let cancelled = false;
    const handle = setTimeout(() => {
      void createSearchIndexInChunks(catalog).then((index) => {
        if (!cancelled) setBuilt({ catalog, index });
      });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [catalog, small]);
  return syncIndex ?? (built?.catalog === catalog ? built.index : null);
}
