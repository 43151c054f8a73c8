import { useEffect, useMemo, useState } from 'react';
import { cancelFrame, requestFrame } from '../lib/animation-frame';
import type { Catalog } from '../data/catalog';
import { createSearchIndex, createSearchIndexInChunks, type SearchIndex } from './search-index';

/** Up to this many events the index is built in one go: it takes a few tens of milliseconds. */
const ONE_GO_LIMIT = 5000;

/**
 * The search index for a catalog, built after the first paint so it never delays the
 * timeline: small datasets in one go, large ones in chunks, so the timeline stays smooth
 * meanwhile. Null until it is ready. `wantedNow` (a link that opens with a search) builds a
 * small dataset's index at once, so the page never shows unsearched results first.
 */
export function useSearchIndex(catalog: Catalog, wantedNow = false): SearchIndex | null {
  const small = catalog.events.length <= ONE_GO_LIMIT;
  const [built, setBuilt] = useState<{ catalog: Catalog; index: SearchIndex } | null>(null);
  const ready = built?.catalog === catalog ? built.index : null;
  const immediate = useMemo(
    () => (small && wantedNow && !ready ? createSearchIndex(catalog) : null),
    [catalog, small, wantedNow, ready],
  );
  useEffect(() => {
    // A link that opened with a search already has its index until the search is cleared.
    if (ready || immediate) return;
    const abort = new AbortController();
    const cancel = afterNextPaint(() => {
      if (small) return setBuilt({ catalog, index: createSearchIndex(catalog) });
      createSearchIndexInChunks(catalog, { signal: abort.signal }).then(
        (index) => setBuilt({ catalog, index }),
        () => undefined, // Stopped: the catalog changed or the view went away.
      );
    });
    return () => {
      abort.abort();
      cancel();
    };
  }, [catalog, small, immediate, ready]);
  return ready ?? immediate;
}

/**
 * Runs `task` once the browser has painted the next frame (a timer set from an animation
 * frame): a timer alone can run before that paint and hold it back. Returns a cancel function.
 */
function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelFrame(frame);
    clearTimeout(timer);
  };
}
