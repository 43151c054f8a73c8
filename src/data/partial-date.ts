// A PartialDate keeps its precision: "2025" is the whole year, "2025-08" the whole month.
// These helpers turn it into a UTC interval [startMs, endMs) and back.

export type Precision = 'year' | 'month' | 'day';

export interface DateInterval {
  startMs: number;
  /** Exclusive end: the first millisecond after the period. */
  endMs: number;
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const PRECISION_CODE: Record<Precision, number> = { year: 0, month: 1, day: 2 };
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

const CACHE_LIMIT = 20_000;
const cache = new Map<string, Readonly<DateInterval> | null>();

/**
 * Parses a PartialDate, rejecting impossible calendar dates such as 2025-02-30. Large datasets
 * repeat the same dates many times (validation and indexing both parse them), so results are
 * remembered, up to a bound.
 */
export function parsePartialDate(value: string): Readonly<DateInterval> | null {
  const known = cache.get(value);
  if (known !== undefined) return known;
  const parsed = parseUncached(value);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

function parseUncached(value: string): DateInterval | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) {
    return { startMs: utcDayMs(year, 0, 1), endMs: utcDayMs(year + 1, 0, 1), precision: 'year' };
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    return {
      startMs: utcDayMs(year, month - 1, 1),
      endMs: utcDayMs(year, month, 1),
      precision: 'month',
    };
  }
  const startMs = utcDayMs(year, month - 1, day);
  if (day < 1 || new Date(startMs).getUTCMonth() !== month - 1) return null;
  return { startMs, endMs: utcDayMs(year, month - 1, day + 1), precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** Whether a date range from `from` to `to` holds any time: `to` may not end before `from` starts. */
export function isOrderedRange(from: string, to: string): boolean {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  return start !== null && end !== null && start.startMs < end.endMs;
}

/** Formats a UTC instant as a PartialDate at the given precision. */
export function formatPartialDate(ms: number, precision: Precision): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return year;
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** Where a day begins in UTC, for any year from 0 on. */
export function utcDayMs(year: number, monthIndex: number, day: number): number {
  // Date.UTC is fast but maps years 0-99 to 1900-1999, so those take the slow path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}
