// Label placement: greedy, most important first (the open and focused events, then importance 1,
// search matches before the rest), each label in the first free label row of its lane.
// Labels never overlap; a label that does not fit is simply not shown. While a search
// highlights, a cluster holding a single match is labelled with that match: its pill reads "1"
// and the label says which event it is.
import type { Catalog } from '../data/catalog';
import { createOccupancy, isFree, occupy, type Occupancy } from './interval-occupancy';
import { LABEL_ROW_PX } from './arrange-lanes';
import {
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  MARK_SPAN_CLUSTER,
  type TimelineLayout,
} from './layout-buffer';
import { MARK_RADIUS_PX } from './layout-timeline';
import type { LaneMatches } from './render/match-prefix';

export const MAX_LABEL_WIDTH_PX = 220;
const MIN_LABEL_WIDTH_PX = 48;
const LABEL_GAP_PX = 6;

export interface PlacedLabel {
  event: number;
  lane: number;
  xPx: number;
  yPx: number;
  widthPx: number;
}

export interface LabelOptions {
  /** Width of the event's title in px (cached by the caller). */
  measureTitlePx: (event: number) => number;
  openIndex: number | null;
  focusedIndex: number | null;
  highlightMask: Uint8Array | null;
  /** Per lane, running totals of search matches (see match-prefix.ts); null without a search. */
  laneMatches?: readonly LaneMatches[] | null;
  /** Per lane: space at the left of the top label row taken by an overlaid lane name (phone layout). */
  reservedLeftPx?: readonly number[];
}

/**
 * Per mark: its rank, and the event its label would name (its own, or a cluster's single
 * match). Kept between frames and grown when needed, so a frame allocates nothing once warm.
 */
let scratch = { rank: new Float64Array(0), labelled: new Int32Array(0) };

function scratchFor(count: number): typeof scratch {
  if (scratch.rank.length < count) {
    const size = Math.max(count, scratch.rank.length * 2, 256);
    scratch = { rank: new Float64Array(size), labelled: new Int32Array(size) };
  }
  return scratch;
}

export function placeLabels(
  layout: TimelineLayout,
  catalog: Catalog,
  options: LabelOptions,
): PlacedLabel[] {
  const candidates: number[] = [];
  const { rank, labelled } = scratchFor(layout.count);
  for (let i = 0; i < layout.count; i++) {
    const type = layout.type[i];
    if (layout.x2Px[i]! < 0 && layout.xPx[i]! < 0) continue;
    if (type === MARK_POINT && layout.xPx[i]! < -MARK_RADIUS_PX) continue;
    const event =
      type === MARK_POINT || type === MARK_SPAN
        ? layout.event[i]!
        : type === MARK_CLUSTER || type === MARK_SPAN_CLUSTER
          ? singleMatchIn(layout, i, options.laneMatches)
          : -1;
    if (event < 0) continue;
    candidates.push(i);
    labelled[i] = event;
    rank[i] = rankOf(event, catalog, options);
  }
  candidates.sort((a, b) => rank[a]! - rank[b]! || layout.xPx[a]! - layout.xPx[b]!);

  const rows = new Map<number, Occupancy>();
  const labels: PlacedLabel[] = [];
  for (const i of candidates) {
    const laneIndex = layout.lane[i]!;
    const lane = layout.lanes[laneIndex]!;
    const event = labelled[i]!;
    const leftPx = Math.max(
      0,
      layout.type[i] === MARK_POINT ? layout.xPx[i]! - MARK_RADIUS_PX : layout.xPx[i]!,
    );
    const widthPx = Math.min(
      options.measureTitlePx(event),
      MAX_LABEL_WIDTH_PX,
      layout.widthPx - leftPx,
    );
    if (widthPx < MIN_LABEL_WIDTH_PX) continue;
    for (let row = 0; row < lane.labelRows; row++) {
      const key = laneIndex * 64 + row;
      let occupancy = rows.get(key);
      if (!occupancy) {
        occupancy = createOccupancy();
        const reservedPx =
          row === lane.labelRows - 1 ? (options.reservedLeftPx?.[laneIndex] ?? 0) : 0;
        if (reservedPx > 0) occupy(occupancy, -Infinity, reservedPx);
        rows.set(key, occupancy);
      }
      // Rows nearer the marks first, so a label sits as close to its mark as it can.
      const yPx = lane.labelTopPx + (lane.labelRows - 1 - row) * LABEL_ROW_PX;
      if (!isFree(occupancy, leftPx, leftPx + widthPx + LABEL_GAP_PX)) continue;
      occupy(occupancy, leftPx, leftPx + widthPx + LABEL_GAP_PX);
      labels.push({ event, lane: laneIndex, xPx: leftPx, yPx, widthPx });
      break;
    }
  }
  return labels;
}

function rankOf(event: number, catalog: Catalog, options: LabelOptions): number {
  if (event === options.openIndex) return 0;
  if (event === options.focusedIndex) return 1;
  const dimmed = options.highlightMask !== null && !options.highlightMask[event];
  return 2 + catalog.importance[event]! + (dimmed ? 10 : 0);
}

/** The one search match among a cluster's members, or -1 (no search, none, or several). */
function singleMatchIn(
  layout: TimelineLayout,
  i: number,
  laneMatches: readonly LaneMatches[] | null | undefined,
): number {
  const matches = laneMatches?.[layout.lane[i]!];
  if (!matches) return -1;
  const points = layout.type[i] === MARK_CLUSTER;
  const prefix = points ? matches.points : matches.spans;
  const from = layout.from[i]!;
  const before = prefix[from]!;
  if (prefix[layout.to[i]!]! - before !== 1) return -1;
  // The first position whose running total passes the count before the cluster.
  let low = from;
  let high = layout.to[i]! - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (prefix[middle + 1]! > before) high = middle;
    else low = middle + 1;
  }
  const lane = layout.lanes[layout.lane[i]!]!;
  return (points ? lane.points : lane.spans)[low]!;
}
