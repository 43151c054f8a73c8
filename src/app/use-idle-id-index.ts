import { useEffect } from 'react';
import type { Catalog } from '../data/catalog';

/**
 * Builds the Catalog's id index a slice at a time while the page is idle, so that the first
 * event a reader opens does not wait for it: in one go it took 60-300 ms at 100,000 events.
 * Without requestIdleCallback (Safari), it is built on first use, as before.
 */
export function useIdleIdIndex(catalog: Catalog): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const whole = catalog.indexById.buildSome(() => deadline.timeRemaining() > 1);
      if (!whole) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [catalog]);
}
