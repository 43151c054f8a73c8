// What a lane holds: its events split into points and spans, each sorted by start for binary search.
import type { MaxTree } from './max-tree';

export type LaneKind = 'kind' | 'org' | 'person' | 'none' | 'other' | 'more';

/** A person's time at an organization, drawn behind the events in their lane. */
export interface AffiliationSpan {
  orgId: string;
  label: string;
  role: string;
  startMs: number;
  /** Infinity while the affiliation is ongoing. */
  endMs: number;
  /** Bar row in the lane (0 is the top one): affiliations at the same time stack. */
  row: number;
}

export interface Lane {
  key: string;
  kind: LaneKind;
  label: string;
  /** Index into catalog.kinds for kind lanes, else -1. */
  kindIndex: number;
  /** Every event of the lane, ascending (which is also time order). */
  events: Uint32Array;
  /** Events without endDate, and their start times. */
  points: Uint32Array;
  pointStartMs: Float64Array;
  /** Events with endDate, and their start times. */
  spans: Uint32Array;
  spanStartMs: Float64Array;
  /** Latest end over position ranges of `spans`, to find spans still running at the window start. */
  spanEndTree: MaxTree;
  affiliations: AffiliationSpan[];
  /** For the "N more" lane: how many lanes were folded into it. */
  hiddenLaneCount: number;
}

/** A lane with its place on screen (px from the top of the canvas). */
export interface PositionedLane extends Lane {
  yPx: number;
  heightPx: number;
  /** Centre line of the marks. */
  markYPx: number;
  /** Top of the first label row. */
  labelTopPx: number;
  labelRows: number;
  /** Top of the affiliation bar (person lanes), or -1. */
  affiliationYPx: number;
}
