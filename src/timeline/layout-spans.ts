// Span events (with endDate) as bars. Spans starting within the cluster gap of each other merge
// like points do (one binary search per mark); spans that started left of the window and are
// still running are found through a max-tree of end times, without walking the ended ones.
import type { Catalog } from '../data/catalog';
import type { PositionedLane } from './lane-types';
import { MARK_SPAN, MARK_SPAN_CLUSTER, pushMark, type TimelineLayout } from './layout-buffer';
import { collectAbove, queryMax } from './max-tree';
import { bisectLeft, bisectRight } from 'd3-array';

/** Bars crossing the left edge drawn one by one; beyond this they fold into one cluster. */
const MAX_LEFT_BARS = 6;
const running: number[] = [];

export function layoutLaneSpans(
  catalog: Catalog,
  lane: PositionedLane,
  laneIndex: number,
  windowStartMs: number,
  windowEndMs: number,
  pxPerMs: number,
  gapPx: number,
  out: TimelineLayout,
): void {
  const starts = lane.spanStartMs;
  if (starts.length === 0) return;
  const gapMs = gapPx / pxPerMs;
  const firstInWindow = bisectLeft(starts, windowStartMs - gapMs);
  layoutRunningSpans(catalog, lane, laneIndex, firstInWindow, windowStartMs, pxPerMs, out);

  const last = bisectRight(starts, windowEndMs, firstInWindow);
  let k = firstInWindow;
  while (k < last) {
    out.workUnits++;
    const startMs = starts[k]!;
    const j = bisectRight(starts, startMs + gapMs, k + 1, last);
    const endMs = j - k === 1 ? catalog.endMs[lane.spans[k]!]! : queryMax(lane.spanEndTree, k, j);
    const type = j - k === 1 ? MARK_SPAN : MARK_SPAN_CLUSTER;
    const xPx = (startMs - windowStartMs) * pxPerMs;
    pushMark(
      out,
      type,
      laneIndex,
      xPx,
      (endMs - windowStartMs) * pxPerMs,
      lane.spans[k]!,
      k,
      j,
      j - k,
      startMs,
      endMs,
    );
    k = j;
  }
}

function layoutRunningSpans(
  catalog: Catalog,
  lane: PositionedLane,
  laneIndex: number,
  before: number,
  windowStartMs: number,
  pxPerMs: number,
  out: TimelineLayout,
): void {
  if (before === 0 || queryMax(lane.spanEndTree, 0, before) <= windowStartMs) return;
  running.length = 0;
  collectAbove(lane.spanEndTree, 0, before, windowStartMs, running);
  out.workUnits += running.length;
  const bars = running.length > MAX_LEFT_BARS ? MAX_LEFT_BARS - 1 : running.length;
  for (let r = 0; r < bars; r++)
    pushRunning(catalog, lane, laneIndex, running[r]!, windowStartMs, pxPerMs, out);
  if (bars === running.length) return;
  // Too many to draw apart: the rest become one cluster spanning them all.
  let startMs = Infinity;
  let endMs = -Infinity;
  for (let r = bars; r < running.length; r++) {
    const k = running[r]!;
    startMs = Math.min(startMs, lane.spanStartMs[k]!);
    endMs = Math.max(endMs, catalog.endMs[lane.spans[k]!]!);
  }
  const k = running[bars]!;
  const count = running.length - bars;
  const xPx = (startMs - windowStartMs) * pxPerMs;
  pushMark(
    out,
    MARK_SPAN_CLUSTER,
    laneIndex,
    xPx,
    (endMs - windowStartMs) * pxPerMs,
    lane.spans[k]!,
    k,
    running[running.length - 1]! + 1,
    count,
    startMs,
    endMs,
  );
}

function pushRunning(
  catalog: Catalog,
  lane: PositionedLane,
  laneIndex: number,
  k: number,
  windowStartMs: number,
  pxPerMs: number,
  out: TimelineLayout,
): void {
  const event = lane.spans[k]!;
  const startMs = lane.spanStartMs[k]!;
  const endMs = catalog.endMs[event]!;
  pushMark(
    out,
    MARK_SPAN,
    laneIndex,
    (startMs - windowStartMs) * pxPerMs,
    (endMs - windowStartMs) * pxPerMs,
    event,
    k,
    k + 1,
    1,
    startMs,
    endMs,
  );
}
