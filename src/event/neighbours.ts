import { bisectLeft } from 'd3-array';

/** Previous and next shown events around `index`, by time (indexes are in time order). */
export function findNeighbours(
  visibleIndexes: Uint32Array,
  index: number,
): { previous: number | null; next: number | null } {
  const position = bisectLeft(visibleIndexes, index);
  const present = visibleIndexes[position] === index;
  return {
    previous: position > 0 ? visibleIndexes[position - 1]! : null,
    next: (present ? visibleIndexes[position + 1] : visibleIndexes[position]) ?? null,
  };
}
