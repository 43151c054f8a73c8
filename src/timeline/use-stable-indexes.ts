// The shell may hand over a fresh but identical index array after every URL change (a zoom
// commit rewrites `view`); keeping the old one spares rebuilding lanes and the histogram.
import { useState } from 'react';

export function sameIndexes(
  a: Uint32Array | Uint8Array | null,
  b: Uint32Array | Uint8Array | null,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function useStableArray<T extends Uint32Array | Uint8Array | null>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && !sameIndexes(stable, value)) {
    setStable(value);
    return value;
  }
  return stable;
}
