// Where to move the view so an event is readable: centred, and zoomed in until it has a mark
// of its own instead of being folded into a cluster.
import type { Catalog } from '../data/catalog';
import { isEventSingleMark } from './find-mark-at';
import type { PositionedLane } from './lane-types';
import { createLayoutBuffer, type TimelineLayout } from './layout-buffer';
import { layoutTimeline } from './layout-timeline';
import {
  centerWindowOn,
  clampWindow,
  DAY_MS,
  spanOf,
  YEAR_MS,
  type ZoomBounds,
} from './time-scale';
import type { TimeWindow } from './timeline-props';

const probe: TimelineLayout = createLayoutBuffer(256);
const COMFORT_MARGIN = 0.1;
/** A span bar narrower than this is not readable yet. */
const MIN_SPAN_PX = 24;
const MAX_HALVINGS = 20;
/**
 * The narrowest window worth zooming to, by the precision of the event's date (year, month,
 * day): zooming further cannot part events that share that date, only lose their context.
 */
const MIN_REVEAL_SPAN_MS = [2 * YEAR_MS, YEAR_MS / 6, 4 * DAY_MS];

/** True when the event is inside the window's middle 80% and not clustered. */
export function isComfortablyVisible(
  catalog: Catalog,
  lane: PositionedLane,
  event: number,
  window: TimeWindow,
  widthPx: number,
): boolean {
  const marginMs = spanOf(window) * COMFORT_MARGIN;
  const startMs = catalog.startMs[event]!;
  if (startMs < window.startMs + marginMs || startMs > window.endMs - marginMs) return false;
  const isSpan = catalog.isSpan[event] === 1;
  if (isSpan && ((catalog.endMs[event]! - startMs) * widthPx) / spanOf(window) < MIN_SPAN_PX)
    return false;
  layoutTimeline(catalog, [lane], { ...window, widthPx }, probe);
  return isEventSingleMark(probe, event);
}

/** The window to show for the event, or null when it is already comfortably visible. */
export function computeRevealWindow(
  catalog: Catalog,
  lane: PositionedLane | undefined,
  event: number,
  current: TimeWindow,
  widthPx: number,
  bounds: ZoomBounds,
): TimeWindow | null {
  const startMs = catalog.startMs[event]!;
  const endMs = catalog.endMs[event]!;
  if (lane && isComfortablyVisible(catalog, lane, event, current, widthPx)) return null;
  if (catalog.isSpan[event]) {
    // A span: show all of it with some air, unless that would be wider than everything.
    const padMs = (endMs - startMs) * 0.15;
    return clampWindow({ startMs: startMs - padMs, endMs: endMs + padMs }, bounds);
  }
  let window = clampWindow(
    centerWindowOn({ startMs: 0, endMs: Math.min(spanOf(current), 2 * YEAR_MS) }, startMs),
    bounds,
  );
  if (!lane) return window;
  const floorMs = Math.max(bounds.minSpanMs, MIN_REVEAL_SPAN_MS[catalog.precision[event]!] ?? 0);
  for (let i = 0; i < MAX_HALVINGS; i++) {
    layoutTimeline(catalog, [lane], { ...window, widthPx }, probe);
    if (isEventSingleMark(probe, event) || spanOf(window) / 2 < floorMs) return window;
    window = clampWindow(
      centerWindowOn({ startMs: 0, endMs: spanOf(window) / 2 }, startMs),
      bounds,
    );
  }
  return window;
}

/** Keeps the zoom and centres on the event, or null when it is already on screen. */
export function computePanWindow(
  catalog: Catalog,
  event: number,
  current: TimeWindow,
): TimeWindow | null {
  const startMs = catalog.startMs[event]!;
  const marginMs = spanOf(current) * 0.04;
  if (startMs >= current.startMs + marginMs && startMs <= current.endMs - marginMs) return null;
  return centerWindowOn(current, startMs);
}
