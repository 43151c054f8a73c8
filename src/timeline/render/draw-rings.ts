// Rings around the open event, the keyboard cursor and search matches: found through the
// lane's sorted indexes, so a cursor inside a cluster rings the cluster.
import {
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  MARK_SPAN_CLUSTER,
  type TimelineLayout,
} from '../layout-buffer';
import { MARK_RADIUS_PX } from '../layout-timeline';
import { indexOfSorted } from '../../lib/search-sorted';
import { COLORS } from './draw-style';

export interface RingTargets {
  openIndex: number | null;
  focusedIndex: number | null;
  /** The lane of the keyboard cursor (an event can be in several). */
  focusLane: number;
  highlightMask: Uint8Array | null;
}

export function drawRings(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  targets: RingTargets,
): void {
  if (targets.highlightMask) {
    ctx.strokeStyle = COLORS.match;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let i = 0; i < layout.count; i++) {
      const type = layout.type[i];
      if ((type === MARK_POINT || type === MARK_SPAN) && targets.highlightMask[layout.event[i]!]) {
        const y = layout.lanes[layout.lane[i]!]!.markYPx;
        ctx.moveTo(layout.xPx[i]! + MARK_RADIUS_PX + 3, y);
        ctx.arc(layout.xPx[i]!, y, MARK_RADIUS_PX + 3, 0, Math.PI * 2);
      }
    }
    ctx.stroke();
  }
  if (targets.openIndex !== null)
    ringEvent(ctx, layout, targets.openIndex, -1, COLORS.open, 2.5, MARK_RADIUS_PX + 4);
  if (targets.focusedIndex !== null) {
    ctx.setLineDash([3, 2]);
    ringEvent(
      ctx,
      layout,
      targets.focusedIndex,
      targets.focusLane,
      COLORS.focus,
      2,
      MARK_RADIUS_PX + 7,
    );
    ctx.setLineDash([]);
  }
}

function ringEvent(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  event: number,
  onlyLane: number,
  color: string,
  widthPx: number,
  radiusPx: number,
): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = widthPx;
  for (const place of locateEventMarks(layout, event, onlyLane)) {
    ctx.beginPath();
    ctx.ellipse(place.xPx, place.yPx, radiusPx + place.extraPx, radiusPx, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
}

export interface RingPlace {
  xPx: number;
  yPx: number;
  /** Added to the ring's horizontal radius: half a cluster pill's length. */
  extraPx: number;
}

/** Where an event's rings go: in every lane that holds it, its own mark or the cluster it is in. */
export function locateEventMarks(
  layout: TimelineLayout,
  event: number,
  onlyLane: number,
): RingPlace[] {
  const places: RingPlace[] = [];
  layout.lanes.forEach((lane, l) => {
    if (onlyLane >= 0 && l !== onlyLane) return;
    const inPoints = indexOfSorted(lane.points, event);
    const inSpans = inPoints < 0 ? indexOfSorted(lane.spans, event) : -1;
    if (inPoints < 0 && inSpans < 0) return;
    for (let i = layout.laneStart[l]!; i < layout.laneStart[l + 1]!; i++) {
      const type = layout.type[i];
      const position =
        type === MARK_POINT || type === MARK_CLUSTER
          ? inPoints
          : type === MARK_SPAN || type === MARK_SPAN_CLUSTER
            ? inSpans
            : -1;
      if (position < layout.from[i]! || position >= layout.to[i]!) continue;
      if ((type === MARK_POINT || type === MARK_SPAN) && layout.event[i] !== event) continue;
      const cluster = type === MARK_CLUSTER;
      places.push({
        xPx: cluster ? (layout.xPx[i]! + layout.x2Px[i]!) / 2 : Math.max(layout.xPx[i]!, 0),
        yPx: lane.markYPx,
        extraPx: cluster ? (layout.x2Px[i]! - layout.xPx[i]!) / 2 + 4 : 0, // the pill's half-length
      });
      return;
    }
  });
  return places;
}
