// Pure layout: lanes + visible window -> marks. Marks closer than CLUSTER_GAP_PX in a lane merge
// into one cluster, and a cluster jumps past its members with a binary search, so a frame costs
// O(marks x log n): it grows with the pixels on screen, not with the number of events.
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Catalog } from '../data/catalog';
import type { PositionedLane } from './lane-types';
import {
  MARK_BAND,
  MARK_CLUSTER,
  MARK_POINT,
  pushMark,
  type TimelineLayout,
  createLayoutBuffer,
} from './layout-buffer';
import { layoutLaneSpans } from './layout-spans';
import { bisectLeft, bisectRight } from 'd3-array';

export const CLUSTER_GAP_PX = 20;
export const MARK_RADIUS_PX = 5;
/** Half the height of a cluster pill; its left edge sits this far left of its first member. */
export const CLUSTER_RADIUS_PX = 8;

/** Width a cluster pill needs for its count ("7", "42", "1.2K"), so neighbours never cover it. */
export function clusterFootprintPx(count: number): number {
  return count < 10 ? 16 : count < 100 ? 22 : count < 1000 ? 28 : 36;
}
/** A band that started on one of these instants may still cover the window's left edge. */
const FLOORS = [utcYear, utcMonth, utcDay] as const;
/** Enough to find a coarse-precision event among events sharing a start; more is decoration. */
const BAND_SCAN_LIMIT = 256;

export interface LayoutView {
  startMs: number;
  endMs: number;
  widthPx: number;
}

export function layoutTimeline(
  catalog: Catalog,
  lanes: readonly PositionedLane[],
  view: LayoutView,
  out: TimelineLayout = createLayoutBuffer(),
): TimelineLayout {
  const widthPx = Math.max(1, view.widthPx);
  const pxPerMs = widthPx / Math.max(1, view.endMs - view.startMs);
  out.count = 0;
  out.workUnits = 0;
  out.lanes = lanes;
  out.windowStartMs = view.startMs;
  out.windowEndMs = view.endMs;
  out.widthPx = widthPx;
  out.pxPerMs = pxPerMs;
  if (out.laneStart.length < lanes.length + 1) out.laneStart = new Uint32Array(lanes.length + 16);
  const floorsMs = FLOORS.map((interval) => interval.floor(new Date(view.startMs)).getTime());
  for (let l = 0; l < lanes.length; l++) {
    out.laneStart[l] = out.count;
    const lane = lanes[l]!;
    layoutLeftBands(catalog, lane, l, view.startMs, pxPerMs, floorsMs, out);
    layoutLaneSpans(catalog, lane, l, view.startMs, view.endMs, pxPerMs, CLUSTER_GAP_PX, out);
    layoutLanePoints(catalog, lane, l, view.startMs, view.endMs, pxPerMs, out);
  }
  out.laneStart[lanes.length] = out.count;
  return out;
}

function layoutLanePoints(
  catalog: Catalog,
  lane: PositionedLane,
  laneIndex: number,
  windowStartMs: number,
  windowEndMs: number,
  pxPerMs: number,
  out: TimelineLayout,
): void {
  const starts = lane.pointStartMs;
  const n = starts.length;
  const gapMs = CLUSTER_GAP_PX / pxPerMs;
  const lastMs = windowEndMs + gapMs;
  let i = bisectLeft(starts, windowStartMs - gapMs);
  while (i < n && starts[i]! <= lastMs) {
    out.workUnits++;
    const startMs = starts[i]!;
    // Everything within the gap of this mark joins it: one binary search, not a walk. A big
    // count needs a wider pill, which then swallows the marks it would cover.
    let j = bisectRight(starts, startMs + gapMs, i + 1);
    for (let k = 0; k < 3 && j - i > 1; k++) {
      const footprintPx = clusterFootprintPx(j - i) + MARK_RADIUS_PX;
      if (footprintPx <= CLUSTER_GAP_PX) break;
      const wider = bisectRight(starts, startMs + footprintPx / pxPerMs, j);
      if (wider === j) break;
      j = wider;
    }
    const event = lane.points[i]!;
    const xPx = (startMs - windowStartMs) * pxPerMs;
    if (j - i === 1) {
      const endMs = catalog.endMs[event]!;
      pushMark(
        out,
        MARK_POINT,
        laneIndex,
        xPx,
        (endMs - windowStartMs) * pxPerMs,
        event,
        i,
        j,
        1,
        startMs,
        endMs,
      );
    } else {
      const lastStartMs = starts[j - 1]!;
      // The pill has a fixed size for its count, from just left of the first member, so the
      // next mark (at least a footprint away) never sits under it.
      const x2Px = xPx + clusterFootprintPx(j - i) - 2 * CLUSTER_RADIUS_PX;
      pushMark(out, MARK_CLUSTER, laneIndex, xPx, x2Px, event, i, j, j - i, startMs, lastStartMs);
    }
    i = j;
  }
}

/**
 * Points are drawn at their start, so a month- or year-precision point whose start is left of the
 * window can still have its band on screen. Such a point starts exactly on a year, month or day
 * boundary at or before the window start, which three exact-value binary searches find.
 */
function layoutLeftBands(
  catalog: Catalog,
  lane: PositionedLane,
  laneIndex: number,
  windowStartMs: number,
  pxPerMs: number,
  floorsMs: number[],
  out: TimelineLayout,
): void {
  const starts = lane.pointStartMs;
  const firstInLoopMs = windowStartMs - CLUSTER_GAP_PX / pxPerMs;
  for (let precision = 0; precision < floorsMs.length; precision++) {
    const floorMs = floorsMs[precision]!;
    if (floorMs >= firstInLoopMs) continue;
    const from = bisectLeft(starts, floorMs);
    const to = Math.min(bisectRight(starts, floorMs, from), from + BAND_SCAN_LIMIT);
    for (let k = from; k < to; k++) {
      out.workUnits++;
      const event = lane.points[k]!;
      const endMs = catalog.endMs[event]!;
      if (catalog.precision[event] === precision && endMs > windowStartMs) {
        const xPx = (floorMs - windowStartMs) * pxPerMs;
        pushMark(
          out,
          MARK_BAND,
          laneIndex,
          xPx,
          (endMs - windowStartMs) * pxPerMs,
          event,
          k,
          k + 1,
          1,
          floorMs,
          endMs,
        );
        break;
      }
    }
  }
}
