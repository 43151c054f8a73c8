import { useEffect, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { createSearchIndex, type SearchIndex } from './search-index';

/**
 * Builds the search index after the first paint (it is not needed to draw the timeline),
 * or at once when the page opens with a query.
 */
export function useSearchIndex(catalog: Catalog, needed: boolean): SearchIndex | null {
  const [built, setBuilt] = useState<{ catalog: Catalog; index: SearchIndex } | null>(null);
  const ready = built?.catalog === catalog ? built.index : null;
  useEffect(() => {
    if (ready) return;
    const build = () => setBuilt({ catalog, index: createSearchIndex(catalog) });
    if (needed) {
      build();
      return;
    }
    const handle = setTimeout(build, 50);
    return () => clearTimeout(handle);
  }, [catalog, needed, ready]);
  return ready;
}
