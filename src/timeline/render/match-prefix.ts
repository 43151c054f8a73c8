// Per-lane prefix counts of search matches, so a cluster knows in O(1) whether it holds a match.
import type { Lane } from '../lane-types';

export interface LaneMatches {
  points: Uint32Array;
  spans: Uint32Array;
}

function prefixOf(indexes: Uint32Array, mask: Uint8Array): Uint32Array {
  const prefix = new Uint32Array(indexes.length + 1);
  for (let i = 0; i < indexes.length; i++) prefix[i + 1] = prefix[i]! + (mask[indexes[i]!] ? 1 : 0);
  return prefix;
}

export function buildLaneMatches(
  lanes: readonly Lane[],
  mask: Uint8Array | null,
): LaneMatches[] | null {
  if (!mask) return null;
  return lanes.map((lane) => ({
    points: prefixOf(lane.points, mask),
    spans: prefixOf(lane.spans, mask),
  }));
}

/** When the search also filters, every shown event matches: rings and dimming would say nothing. */
export function effectiveHighlight(
  mask: Uint8Array | null,
  visibleIndexes: Uint32Array,
): Uint8Array | null {
  if (!mask) return null;
  for (const index of visibleIndexes) if (!mask[index]) return mask;
  return null;
}
