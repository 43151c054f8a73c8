// Axis ticks that adapt from decades to days, labelled in the reader's language (UTC). A tick
// names the larger unit (year, month) where it changes, so the axis always gives context.
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS, YEAR_MS } from './time-scale';
import type { TimeWindow } from './timeline-props';

export type TickUnit = 'decade' | 'year' | 'month' | 'day';

export interface Tick {
  ms: number;
  label: string;
}

export interface TickSet {
  unit: TickUnit;
  ticks: Tick[];
  /** The window's start at the ticks' unit, with its year: the axis's label when none fits. */
  startLabel: string;
}

interface TickStep {
  unit: TickUnit;
  approxMs: number;
  interval: CountableTimeInterval | TimeInterval;
}

const MONTH_MS = YEAR_MS / 12;

// Finest first; the first step whose ticks are far enough apart wins.
const STEPS: TickStep[] = [
  { unit: 'day', approxMs: DAY_MS, interval: utcDay },
  { unit: 'day', approxMs: 2 * DAY_MS, interval: utcDay.every(2)! },
  {
    unit: 'day',
    approxMs: 7 * DAY_MS,
    interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())),
  },
  {
    unit: 'day',
    approxMs: 15 * DAY_MS,
    interval: utcDay.filter((d) => d.getUTCDate() === 1 || d.getUTCDate() === 15),
  },
  { unit: 'month', approxMs: MONTH_MS, interval: utcMonth },
  { unit: 'month', approxMs: 3 * MONTH_MS, interval: utcMonth.every(3)! },
  { unit: 'month', approxMs: 6 * MONTH_MS, interval: utcMonth.every(6)! },
  { unit: 'year', approxMs: YEAR_MS, interval: utcYear },
  { unit: 'year', approxMs: 2 * YEAR_MS, interval: utcYear.every(2)! },
  { unit: 'year', approxMs: 5 * YEAR_MS, interval: utcYear.every(5)! },
  { unit: 'decade', approxMs: 10 * YEAR_MS, interval: utcYear.every(10)! },
  { unit: 'decade', approxMs: 50 * YEAR_MS, interval: utcYear.every(50)! },
  { unit: 'decade', approxMs: 100 * YEAR_MS, interval: utcYear.every(100)! },
  // A dataset may span the whole PartialDate range, years 0 to 9999.
  { unit: 'decade', approxMs: 250 * YEAR_MS, interval: utcYear.every(250)! },
  { unit: 'decade', approxMs: 500 * YEAR_MS, interval: utcYear.every(500)! },
  { unit: 'decade', approxMs: 1000 * YEAR_MS, interval: utcYear.every(1000)! },
  { unit: 'decade', approxMs: 2500 * YEAR_MS, interval: utcYear.every(2500)! },
];

/** Minimum distance between ticks, by unit: longer labels need more room. */
const MIN_SPACING_PX: Record<TickUnit, number> = { day: 64, month: 62, year: 44, decade: 44 };

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter;
}

export function chooseTickStep(window: TimeWindow, widthPx: number): TickStep {
  const pxPerMs = Math.max(1, widthPx) / Math.max(1, window.endMs - window.startMs);
  for (const step of STEPS) {
    if (step.approxMs * pxPerMs >= MIN_SPACING_PX[step.unit]) return step;
  }
  return STEPS[STEPS.length - 1]!;
}

export function computeTicks(window: TimeWindow, widthPx: number, lang: string): TickSet {
  const step = chooseTickStep(window, widthPx);
  const dates = step.interval.range(new Date(window.startMs), new Date(window.endMs + 1));
  const ticks = dates.map((date, position) => ({
    ms: date.getTime(),
    label: formatTick(date, step.unit, position === 0, lang),
  }));
  const start = UNIT_INTERVAL[step.unit].floor(new Date(window.startMs));
  return { unit: step.unit, ticks, startLabel: formatTick(start, step.unit, true, lang) };
}

const UNIT_INTERVAL: Record<TickUnit, CountableTimeInterval> = {
  day: utcDay,
  month: utcMonth,
  year: utcYear,
  decade: utcYear,
};

/** Tick labels already formatted: every frame of a pan asks for nearly the same ones. */
const tickLabels = new Map<string, string>();
const TICK_LABEL_CACHE_SIZE = 2000;

function formatTick(date: Date, unit: TickUnit, first: boolean, lang: string): string {
  const key = `${lang}|${unit}|${first ? 1 : 0}|${date.getTime()}`;
  let label = tickLabels.get(key);
  if (label === undefined) {
    // Russian dates end in "г." (year); on a crowded axis the bare year reads just as well.
    label = formatTickFull(date, unit, first, lang).replace(/(\d)\s?г\.$/, '$1');
    if (tickLabels.size >= TICK_LABEL_CACHE_SIZE) tickLabels.clear();
    tickLabels.set(key, label);
  }
  return label;
}

function formatTickFull(date: Date, unit: TickUnit, first: boolean, lang: string): string {
  if (unit === 'year' || unit === 'decade') return String(date.getUTCFullYear());
  const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  if (unit === 'month') {
    return format(
      lang,
      first || newYear ? { month: 'short', year: 'numeric' } : { month: 'short' },
    ).format(date);
  }
  if (first || newYear)
    return format(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  return format(lang, { day: 'numeric', month: 'short' }).format(date);
}

/** The gap between a tick and its label, which is written to the tick's right. */
const TICK_LABEL_GAP_PX = 4;

/** The least room between one label's end and the next label's start. */
const LABEL_SPACING_PX = 8;

export interface PlacedTickLabel {
  text: string;
  /** Where the text starts. */
  xPx: number;
}

/**
 * The tick labels an axis shows, each just right of its tick: one is left out when it would
 * run past the right edge or into the label before it (a first label that names the year is
 * wider than the step allows for). When none is left, as in a window shorter than a day, the
 * window's start date stands at the left edge, so the axis still says when it is.
 */
export function placeTickLabels(
  ticks: TickSet,
  xOfMs: (ms: number) => number,
  widthOf: (text: string) => number,
  axisWidthPx: number,
  gapPx = TICK_LABEL_GAP_PX,
): PlacedTickLabel[] {
  const placed: PlacedTickLabel[] = [];
  let freeFromPx = -Infinity;
  for (const tick of ticks.ticks) {
    const tickPx = xOfMs(tick.ms);
    const widthPx = widthOf(tick.label);
    if (tickPx + gapPx < freeFromPx || !tickLabelFits(tickPx, widthPx, axisWidthPx, gapPx))
      continue;
    placed.push({ text: tick.label, xPx: tickPx + gapPx });
    freeFromPx = tickPx + gapPx + widthPx + LABEL_SPACING_PX;
  }
  if (placed.length === 0 && ticks.startLabel) placed.push({ text: ticks.startLabel, xPx: gapPx });
  return placed;
}

/**
 * Whether a tick's label ends inside the axis. One that would run past the right edge is left
 * out rather than cut: a year cut to "202" reads as another number.
 */
function tickLabelFits(
  tickXPx: number,
  labelWidthPx: number,
  axisWidthPx: number,
  gapPx = TICK_LABEL_GAP_PX,
): boolean {
  return tickXPx + gapPx + labelWidthPx <= axisWidthPx;
}
