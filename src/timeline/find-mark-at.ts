// Hit testing against the last layout: which mark is under the pointer. Bounded by the marks of
// one lane, so it is cheap enough for every pointer move.
import {
  MARK_BAND,
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  type MarkType,
  type TimelineLayout,
} from './layout-buffer';
import { CLUSTER_RADIUS_PX, MARK_RADIUS_PX } from './layout-timeline';

const POINT_SLOP_PX = 4;
const SPAN_HALF_HEIGHT_PX = 6;
/** How far above or below the mark line a pointer still hits it. */
const ROW_SLOP_PX = 12;

export interface MarkHit {
  mark: number;
  type: MarkType;
  lane: number;
  event: number;
  count: number;
  /** First member's position in the lane's points (clusters) or spans (span clusters). */
  from: number;
  startMs: number;
  endMs: number;
}

export function findLaneAt(layout: TimelineLayout, yPx: number): number {
  const { lanes } = layout;
  for (let l = 0; l < lanes.length; l++) {
    const lane = lanes[l]!;
    if (yPx >= lane.yPx && yPx < lane.yPx + lane.heightPx) return l;
  }
  return -1;
}

export function findMarkAt(layout: TimelineLayout, xPx: number, yPx: number): MarkHit | null {
  const laneIndex = findLaneAt(layout, yPx);
  if (laneIndex < 0) return null;
  const lane = layout.lanes[laneIndex]!;
  const dy = Math.abs(yPx - lane.markYPx);
  if (dy > ROW_SLOP_PX) return null;
  let best = -1;
  let bestScore = Infinity;
  for (let i = layout.laneStart[laneIndex]!; i < layout.laneStart[laneIndex + 1]!; i++) {
    const type = layout.type[i]!;
    if (type === MARK_BAND) continue;
    const x = layout.xPx[i]!;
    const x2 = layout.x2Px[i]!;
    let score = Infinity;
    if (type === MARK_POINT) {
      const dx = Math.abs(xPx - x);
      if (dx <= MARK_RADIUS_PX + POINT_SLOP_PX) score = dx + dy;
    } else if (type === MARK_CLUSTER) {
      const dx = xPx < x ? x - xPx : xPx > x2 ? xPx - x2 : 0;
      if (dx <= CLUSTER_RADIUS_PX + 1) score = dx + dy;
    } else if (dy <= SPAN_HALF_HEIGHT_PX) {
      // Bars lose to points and clusters drawn on top of them.
      const dx = xPx < x ? x - xPx : xPx > x2 ? xPx - x2 : 0;
      const atStart = Math.abs(xPx - x) <= MARK_RADIUS_PX + POINT_SLOP_PX;
      if (dx <= 2 || atStart) score = (atStart ? Math.abs(xPx - x) : 0) + dy + 20;
    }
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) return null;
  return {
    mark: best,
    type: layout.type[best] as MarkType,
    lane: laneIndex,
    event: layout.event[best]!,
    count: layout.memberCount[best]!,
    from: layout.from[best]!,
    startMs: layout.startMs[best]!,
    endMs: layout.endMs[best]!,
  };
}

/** Whether the event has a mark of its own (not folded into a cluster) in the layout. */
export function isEventSingleMark(layout: TimelineLayout, event: number): boolean {
  for (let i = 0; i < layout.count; i++) {
    const type = layout.type[i];
    if ((type === MARK_POINT || type === MARK_SPAN) && layout.event[i] === event) return true;
  }
  return false;
}
