import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDateLabel } from '../../../src/i18n/format-date';

describe('formatPartialDateLabel', () => {
  it.each([
    ['2019', 'en', '2019'],
    ['2025-08', 'en', 'August 2025'],
    ['2025-08-13', 'en', 'August 13, 2025'],
    ['2019', 'ru', '2019'],
    ['2025-08', 'ru', 'август 2025 г.'],
    ['2025-08-13', 'ru', '13 августа 2025 г.'],
  ])('shows %s in %s at its own precision as “%s”', (value, lang, expected) => {
    expect(formatPartialDateLabel(value, lang)).toBe(expected);
  });

  it('never shifts a date by the reader’s time zone', () => {
    // A local-time formatter west of UTC would show 31 December 2024 here.
    expect(formatPartialDateLabel('2025-01-01', 'en')).toBe('January 1, 2025');
    expect(formatPartialDateLabel('2025-01', 'en')).toBe('January 2025');
    expect(formatPartialDateLabel('2025', 'en')).toBe('2025');
  });

  it('shows a value that is not a date unchanged rather than inventing one', () => {
    expect(formatPartialDateLabel('2025-02-30', 'en')).toBe('2025-02-30');
    expect(formatPartialDateLabel('soon', 'ru')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('joins the two ends of a span, each at its own precision', () => {
    expect(formatDateRange('2025-08-13', '2025-09', 'en')).toBe('August 13, 2025 – September 2025');
    expect(formatDateRange('2021', '2022', 'ru')).toBe('2021 – 2022');
  });

  it('shows a single date when there is no end', () => {
    expect(formatDateRange('2025-07', undefined, 'ru')).toBe('июль 2025 г.');
  });
});
