// Keyboard cursor moves, pure: by time among the filtered events, or to the nearest event in
// the neighbouring lane.
import type { Catalog } from '../data/catalog';
import type { Lane } from './lane-types';
import { bisectLeft } from 'd3-array';
import { indexOfSorted, lowerBoundByStart } from '../lib/search-sorted';

/** The previous/next filtered event in time; with no cursor, the first event in the window. */
export function findAdjacentInTime(
  catalog: Catalog,
  visibleIndexes: Uint32Array,
  current: number | null,
  direction: 1 | -1,
  windowStartMs: number,
): number | null {
  if (visibleIndexes.length === 0) return null;
  const position = current === null ? -1 : indexOfSorted(visibleIndexes, current);
  if (position < 0) {
    const first = lowerBoundByStart(visibleIndexes, catalog.startMs, windowStartMs);
    return visibleIndexes[Math.min(first, visibleIndexes.length - 1)]!;
  }
  const next = Math.min(Math.max(position + direction, 0), visibleIndexes.length - 1);
  return visibleIndexes[next]!;
}

export function findFirstOrLast(
  visibleIndexes: Uint32Array,
  which: 'first' | 'last',
): number | null {
  if (visibleIndexes.length === 0) return null;
  return which === 'first' ? visibleIndexes[0]! : visibleIndexes[visibleIndexes.length - 1]!;
}

/** The lane holding the event, preferring `preferredLane` (an event can be in several). */
export function findLaneOf(lanes: readonly Lane[], event: number, preferredLane = -1): number {
  if (
    preferredLane >= 0 &&
    preferredLane < lanes.length &&
    indexOfSorted(lanes[preferredLane]!.events, event) >= 0
  ) {
    return preferredLane;
  }
  return lanes.findIndex((lane) => indexOfSorted(lane.events, event) >= 0);
}

export interface LaneMove {
  event: number;
  lane: number;
}

/** The event nearest in time in the next non-empty lane above (-1) or below (+1). */
export function findInNeighbourLane(
  catalog: Catalog,
  lanes: readonly Lane[],
  current: number,
  currentLane: number,
  direction: 1 | -1,
): LaneMove | null {
  const targetMs = catalog.startMs[current]!;
  for (let l = currentLane + direction; l >= 0 && l < lanes.length; l += direction) {
    const events = lanes[l]!.events;
    if (events.length === 0) continue;
    const position = lowerBoundByStart(events, catalog.startMs, targetMs);
    const after = events[Math.min(position, events.length - 1)]!;
    const before = events[Math.max(position - 1, 0)]!;
    const nearest =
      Math.abs(catalog.startMs[before]! - targetMs) <= Math.abs(catalog.startMs[after]! - targetMs)
        ? before
        : after;
    return { event: nearest, lane: l };
  }
  return null;
}

/** Whether the event passes the filters (`visibleIndexes` is ascending). */
export function isVisibleEvent(visibleIndexes: Uint32Array, event: number): boolean {
  const position = bisectLeft(visibleIndexes, event);
  return visibleIndexes[position] === event;
}
