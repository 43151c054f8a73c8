// Marks live in reusable typed arrays (struct of arrays): a frame allocates nothing once warm.
import type { PositionedLane } from './lane-types';

export const MARK_POINT = 0;
export const MARK_SPAN = 1;
export const MARK_CLUSTER = 2;
export const MARK_SPAN_CLUSTER = 3;
/** The precision band of a point whose mark is off screen to the left but whose period is not. */
export const MARK_BAND = 4;

export type MarkType = 0 | 1 | 2 | 3 | 4;

export interface TimelineLayout {
  count: number;
  type: Uint8Array;
  lane: Uint16Array;
  /** Point: its x. Span: bar start. Cluster: first member's x. Band: band start. */
  xPx: Float32Array;
  /** Point: end of its precision band. Span: bar end. Cluster: right end of its pill's axis. Band: band end. */
  x2Px: Float32Array;
  /** The event (point, span, band) or the cluster's first event. */
  event: Int32Array;
  /** Members in the lane's points (clusters) or spans (span clusters): positions [from, to). */
  from: Uint32Array;
  to: Uint32Array;
  memberCount: Uint32Array;
  /** Time covered, for a cluster's zoom target. */
  startMs: Float64Array;
  endMs: Float64Array;
  /** Marks of lane l are [laneStart[l], laneStart[l + 1]). */
  laneStart: Uint32Array;
  lanes: readonly PositionedLane[];
  windowStartMs: number;
  windowEndMs: number;
  widthPx: number;
  pxPerMs: number;
  /** Loop iterations of the last layout: the test of "cost follows pixels, not events". */
  workUnits: number;
}

export function createLayoutBuffer(capacity = 1024): TimelineLayout {
  return {
    count: 0,
    type: new Uint8Array(capacity),
    lane: new Uint16Array(capacity),
    xPx: new Float32Array(capacity),
    x2Px: new Float32Array(capacity),
    event: new Int32Array(capacity),
    from: new Uint32Array(capacity),
    to: new Uint32Array(capacity),
    memberCount: new Uint32Array(capacity),
    startMs: new Float64Array(capacity),
    endMs: new Float64Array(capacity),
    laneStart: new Uint32Array(16),
    lanes: [],
    windowStartMs: 0,
    windowEndMs: 1,
    widthPx: 0,
    pxPerMs: 0,
    workUnits: 0,
  };
}

function grow<
  T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array,
>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** Appends a mark, growing the arrays when full; returns its position. */
export function pushMark(
  layout: TimelineLayout,
  type: MarkType,
  lane: number,
  xPx: number,
  x2Px: number,
  event: number,
  from: number,
  to: number,
  count: number,
  startMs: number,
  endMs: number,
): number {
  const i = layout.count;
  if (i >= layout.type.length) {
    const size = layout.type.length * 2;
    layout.type = grow(layout.type, size);
    layout.lane = grow(layout.lane, size);
    layout.xPx = grow(layout.xPx, size);
    layout.x2Px = grow(layout.x2Px, size);
    layout.event = grow(layout.event, size);
    layout.from = grow(layout.from, size);
    layout.to = grow(layout.to, size);
    layout.memberCount = grow(layout.memberCount, size);
    layout.startMs = grow(layout.startMs, size);
    layout.endMs = grow(layout.endMs, size);
  }
  layout.type[i] = type;
  layout.lane[i] = lane;
  layout.xPx[i] = xPx;
  layout.x2Px[i] = x2Px;
  layout.event[i] = event;
  layout.from[i] = from;
  layout.to[i] = to;
  layout.memberCount[i] = count;
  layout.startMs[i] = startMs;
  layout.endMs[i] = endMs;
  layout.count = i + 1;
  return i;
}

export interface Mark {
  type: MarkType;
  lane: number;
  xPx: number;
  x2Px: number;
  event: number;
  count: number;
  startMs: number;
  endMs: number;
}

/** One mark as an object: for tests and tooltips, not for the per-frame loop. */
export function readMark(layout: TimelineLayout, i: number): Mark {
  return {
    type: layout.type[i] as MarkType,
    lane: layout.lane[i]!,
    xPx: layout.xPx[i]!,
    x2Px: layout.x2Px[i]!,
    event: layout.event[i]!,
    count: layout.memberCount[i]!,
    startMs: layout.startMs[i]!,
    endMs: layout.endMs[i]!,
  };
}
