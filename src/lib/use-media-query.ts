import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, kept up to date as the window changes. Where the browser
 * has no matchMedia (tests), `fallback`.
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const list = useMemo(
    () => (typeof matchMedia === 'function' ? matchMedia(query) : null),
    [query],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list?.matches ?? fallback,
    () => fallback,
  );
}
