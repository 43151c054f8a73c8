// Dates are shown at the precision the dataset gives: "2019", "August 2025", "13 August 2025".
import { parsePartialDate, type Precision } from '../data/partial-date';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

export function getDateFormat(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, OPTIONS[precision]);
    cache.set(key, format);
  }
  return format;
}

/** Formats a PartialDate at its own precision; returns the input unchanged if it is not one. */
export function formatPartialDateLabel(value: string, lang: string): string {
  const interval = parsePartialDate(value);
  if (!interval) return value;
  return formatMs(interval.startMs, interval.precision, lang);
}

export function formatMs(ms: number, precision: Precision, lang: string): string {
  // Russian "2025 г." reads oddly for a bare year on a timeline; the plain number is clearer.
  if (precision === 'year') return String(new Date(ms).getUTCFullYear());
  return getDateFormat(lang, precision).format(ms);
}

/** "13 August 2025 – September 2025" for spans, the single date otherwise. */
export function formatDateRange(date: string, endDate: string | undefined, lang: string): string {
  const start = formatPartialDateLabel(date, lang);
  return endDate ? `${start} – ${formatPartialDateLabel(endDate, lang)}` : start;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Grouped digits in the reader's language ("24,925", "24 925"); formats are made once each. */
export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}
