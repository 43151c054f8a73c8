import { useState } from 'react';
import {
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  type Precision,
} from '../data/partial-date';
import type { TimeWindow } from '../timeline/timeline-props';
import type { SearchState } from '../url/search-state';

const DAY_MS = 86_400_000;
const FIRST_DAY_MS = parsePartialDate('0000-01-01')!.startMs;
/** Where the last day a link can name begins: its end, year 10000, has no PartialDate. */
const LAST_DAY_MS = parsePartialDate('9999-12-31')!.startMs;
/** The share of a date filter's span left free on each side of its window. */
const EDGE_AIR = 0.03;

/**
 * The window to open on, as read on load: the URL's `view`, else `fallback` (the date filter's
 * window). Later changes come from the timeline itself.
 */
export function useInitialWindow(
  view: SearchState['view'],
  fallback: TimeWindow | null,
): TimeWindow | null {
  const [initial] = useState(() => (view ? viewToWindow(view) : null) ?? fallback);
  return initial;
}

/**
 * The window that frames a date filter: from the start of `from` to the end of `to`, an open
 * end closed by the dataset's extent, with a little air on both sides so marks at the edges
 * show whole. Null without a date filter, and when closing an open end leaves nothing (a
 * `from` after the data ends, a `to` before it begins).
 */
export function dateFilterWindow(
  from: string | undefined,
  to: string | undefined,
  extentMs: readonly [number, number],
): TimeWindow | null {
  if (from === undefined && to === undefined) return null;
  const startMs = (from === undefined ? null : parsePartialDate(from))?.startMs ?? extentMs[0];
  const endMs = (to === undefined ? null : parsePartialDate(to))?.endMs ?? extentMs[1];
  if (!(endMs > startMs)) return null;
  const padMs = (endMs - startMs) * EDGE_AIR;
  return { startMs: startMs - padMs, endMs: endMs + padMs };
}

export function viewToWindow(view: NonNullable<SearchState['view']>): TimeWindow | null {
  const start = parsePartialDate(view.start);
  const end = parsePartialDate(view.end);
  if (!start || !end) return null;
  // The ends are points (a written link ends where its last period starts), except that a
  // hand-written `2020..2020` means that whole period rather than an empty window.
  const endMs = end.startMs > start.startMs ? end.startMs : end.endMs;
  return { startMs: start.startMs, endMs };
}

/**
 * A window as two PartialDates, as coarse as the zoom allows: years for more than thirty years, months
 * down to a season, days below that, so links stay short and readable.
 */
export function windowToView(screen: TimeWindow): NonNullable<SearchState['view']> {
  // A link can only name years 0000 to 9999; the timeline's air around a dataset that reaches
  // either end goes past them.
  const startMs = Math.min(Math.max(screen.startMs, FIRST_DAY_MS), LAST_DAY_MS - DAY_MS);
  const window = {
    startMs,
    endMs: Math.min(Math.max(screen.endMs, startMs + 1), LAST_DAY_MS),
  };
  // The span is measured between the rounded ends. The window read back from the link has
  // exactly those ends, so writing it again picks the same precision and the same link.
  const precision: Precision =
    roundedSpanMs(window, 'year') > 30 * 365 * DAY_MS
      ? 'year'
      : roundedSpanMs(window, 'month') > 120 * DAY_MS
        ? 'month'
        : 'day';
  // The ends round outward, so the link's window holds everything the screen showed: a
  // window from noon to noon around a day's events would otherwise reopen with them on its edge.
  const start = formatPartialDate(window.startMs, precision);
  let end = formatPartialDate(roundUpToPeriod(window.endMs, precision), precision);
  if (!isPartialDate(end)) end = formatPartialDate(window.endMs, precision); // past year 9999
  if (end === start) end = formatPartialDate(parsePartialDate(start)!.endMs, precision);
  return { start, end };
}

function roundedSpanMs(window: TimeWindow, precision: Precision): number {
  return roundUpToPeriod(window.endMs, precision) - periodOf(window.startMs, precision).startMs;
}

/** The start of the next period, or `ms` itself when a period starts there. */
function roundUpToPeriod(ms: number, precision: Precision): number {
  const period = periodOf(ms, precision);
  return period.startMs === ms ? ms : period.endMs;
}

/** The year, month or day that `ms` falls in. */
function periodOf(ms: number, precision: Precision) {
  return parsePartialDate(formatPartialDate(ms, precision))!;
}
