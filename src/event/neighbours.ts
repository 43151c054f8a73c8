/** Previous and next shown events around `index`, by time (indexes are in time order). */
export function findNeighbours(visibleIndexes: Uint32Array, index: number): { previous: number | null; next: number | null } {
  let low = 0;
  let high = visibleIndexes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (visibleIndexes[mid]! < index) low = mid + 1;
    else high = mid;
  }
  const present = visibleIndexes[low] === index;
  return {
    previous: low > 0 ? visibleIndexes[low - 1]! : null,
    next: (present ? visibleIndexes[low + 1] : visibleIndexes[low]) ?? null,
  };
}
