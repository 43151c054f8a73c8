// Occupied horizontal intervals of one label row, kept sorted and disjoint so a free-space
// check is a binary search.

export interface Occupancy {
  starts: number[];
  ends: number[];
}

export function createOccupancy(): Occupancy {
  return { starts: [], ends: [] };
}

/** The first interval whose end is after `fromPx`. */
function firstEndingAfter(occupancy: Occupancy, fromPx: number): number {
  const { ends } = occupancy;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= fromPx) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isFree(occupancy: Occupancy, fromPx: number, toPx: number): boolean {
  const i = firstEndingAfter(occupancy, fromPx);
  return i >= occupancy.starts.length || occupancy.starts[i]! >= toPx;
}

/** Marks [fromPx, toPx) as taken; the caller has checked it is free. */
export function occupy(occupancy: Occupancy, fromPx: number, toPx: number): void {
  const i = firstEndingAfter(occupancy, fromPx);
  occupancy.starts.splice(i, 0, fromPx);
  occupancy.ends.splice(i, 0, toPx);
}
