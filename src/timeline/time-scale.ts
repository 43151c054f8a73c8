// The visible window and its bounds. The window in ms is the source of truth; d3-zoom's
// transform is derived from it for the current width, so a resize never moves the view.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Catalog } from '../data/catalog';
import type { TimeWindow } from './timeline-props';

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;
/** The deepest zoom shows about one day. */
export const MIN_WINDOW_MS = DAY_MS;

export interface ZoomBounds {
  /** The whole extent with some padding: the widest zoom. */
  fullWindow: TimeWindow;
  minSpanMs: number;
  /** d3-zoom scale factor of the deepest zoom relative to the full window. */
  maxZoomK: number;
}

export function computeZoomBounds(extentMs: readonly [number, number]): ZoomBounds {
  let [startMs, endMs] = extentMs;
  if (!(endMs > startMs)) {
    // An empty or single-instant dataset still gets a sensible half-year window.
    startMs -= 90 * DAY_MS;
    endMs = startMs + 180 * DAY_MS;
  }
  const padMs = Math.max((endMs - startMs) * 0.03, 7 * DAY_MS);
  const fullWindow = { startMs: startMs - padMs, endMs: endMs + padMs };
  const fullSpanMs = fullWindow.endMs - fullWindow.startMs;
  return {
    fullWindow,
    minSpanMs: MIN_WINDOW_MS,
    maxZoomK: Math.max(1, fullSpanMs / MIN_WINDOW_MS),
  };
}

/**
 * The window that shows every one of `indexes` (ascending event indexes), with the same air as
 * the full window has around the whole dataset; the full window when there are none.
 */
export function fitWindow(
  catalog: Pick<Catalog, 'startMs' | 'endMs'>,
  indexes: Uint32Array,
  bounds: ZoomBounds,
): TimeWindow {
  if (indexes.length === 0) return bounds.fullWindow;
  // Events are in start order, so the first starts first; any of them may end last.
  let endMs = -Infinity;
  for (const index of indexes) endMs = Math.max(endMs, catalog.endMs[index]!);
  const shown = computeZoomBounds([catalog.startMs[indexes[0]!]!, endMs]).fullWindow;
  return clampWindow(shown, bounds);
}

export function spanOf(window: TimeWindow): number {
  return window.endMs - window.startMs;
}

/** Keeps the span between a day and the full window, and the window inside the full window. */
export function clampWindow(window: TimeWindow, bounds: ZoomBounds): TimeWindow {
  const full = bounds.fullWindow;
  const fullSpanMs = spanOf(full);
  const rawSpanMs = spanOf(window);
  const spanMs = Math.min(
    fullSpanMs,
    Math.max(bounds.minSpanMs, Number.isFinite(rawSpanMs) ? rawSpanMs : fullSpanMs),
  );
  const centerMs = (window.startMs + window.endMs) / 2;
  let startMs = Number.isFinite(centerMs) ? centerMs - spanMs / 2 : full.startMs;
  startMs = Math.min(Math.max(startMs, full.startMs), full.endMs - spanMs);
  return { startMs, endMs: startMs + spanMs };
}

/** Zooms by `factor` (> 1 zooms in) keeping `anchorMs` at the same place on screen. */
export function zoomWindow(
  window: TimeWindow,
  factor: number,
  anchorMs = (window.startMs + window.endMs) / 2,
): TimeWindow {
  return {
    startMs: anchorMs - (anchorMs - window.startMs) / factor,
    endMs: anchorMs + (window.endMs - anchorMs) / factor,
  };
}

export function centerWindowOn(window: TimeWindow, centerMs: number): TimeWindow {
  const halfMs = spanOf(window) / 2;
  return { startMs: centerMs - halfMs, endMs: centerMs + halfMs };
}

/** Maps the full window onto [0, widthPx]: d3-zoom's transform is relative to this scale. */
export function createBaseScale(bounds: ZoomBounds, widthPx: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([bounds.fullWindow.startMs, bounds.fullWindow.endMs])
    .range([0, Math.max(1, widthPx)]);
}

export function windowFromTransform(
  base: ScaleTime<number, number>,
  transform: ZoomTransform,
): TimeWindow {
  const [start, end] = transform.rescaleX(base).domain();
  return { startMs: (start as Date).getTime(), endMs: (end as Date).getTime() };
}

export function transformForWindow(
  base: ScaleTime<number, number>,
  window: TimeWindow,
): ZoomTransform {
  const x0 = base(window.startMs);
  const x1 = base(window.endMs);
  const [r0, r1] = base.range() as [number, number];
  const k = (r1 - r0) / Math.max(1e-9, x1 - x0);
  return zoomIdentity.translate(r0 - k * x0, 0).scale(k);
}

/** Interpolates two windows so a zoom animation feels even: log-linear in span. */
export function interpolateWindow(from: TimeWindow, to: TimeWindow, t: number): TimeWindow {
  const spanMs = Math.exp(Math.log(spanOf(from)) * (1 - t) + Math.log(spanOf(to)) * t);
  const centerMs = ((from.startMs + from.endMs) / 2) * (1 - t) + ((to.startMs + to.endMs) / 2) * t;
  return { startMs: centerMs - spanMs / 2, endMs: centerMs + spanMs / 2 };
}
