// Back and Forward bring back the window their history entry names in `view`. Zoom changes
// replace the current entry, so the window is part of what each entry remembers, and without
// this the URL would name one window while the timeline showed another.
import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { TimeWindow } from '../timeline/timeline-props';
import { parseQueryString, validateSearch } from '../url/router-search';
import { viewToWindow } from './view-window';

/** A new object for every Back or Forward to an entry with a view, even the same view twice. */
export interface WindowRequest {
  window: TimeWindow;
}

export function useHistoryWindow(): WindowRequest | null {
  const router = useRouter();
  const [request, setRequest] = useState<WindowRequest | null>(null);
  useEffect(
    () =>
      router.history.subscribe(({ location, action }) => {
        if (action.type === 'PUSH' || action.type === 'REPLACE') return;
        const { view } = validateSearch(parseQueryString(location.search));
        const window = view ? viewToWindow(view) : null;
        if (window) setRequest({ window });
      }),
    [router],
  );
  return request;
}
