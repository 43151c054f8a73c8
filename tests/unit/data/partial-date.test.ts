import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDate, parsePartialDate } from '../../../src/data/partial-date';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

describe('parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    expect(parsePartialDate('2025')).toEqual({
      startMs: utc('2025-01-01'),
      endMs: utc('2026-01-01'),
      precision: 'year',
    });
  });

  it('reads a month as the whole month, rolling over at December', () => {
    expect(parsePartialDate('2025-08')).toEqual({
      startMs: utc('2025-08-01'),
      endMs: utc('2025-09-01'),
      precision: 'month',
    });
    expect(parsePartialDate('2025-12')).toEqual({
      startMs: utc('2025-12-01'),
      endMs: utc('2026-01-01'),
      precision: 'month',
    });
  });

  it('reads a day as one UTC day', () => {
    expect(parsePartialDate('2025-08-13')).toEqual({
      startMs: utc('2025-08-13'),
      endMs: utc('2025-08-14'),
      precision: 'day',
    });
    expect(parsePartialDate('2025-12-31')?.endMs).toBe(utc('2026-01-01'));
  });

  it('handles years before 100 without the two-digit-year trap of Date.UTC', () => {
    expect(new Date(parsePartialDate('0099')!.startMs).getUTCFullYear()).toBe(99);
    expect(new Date(parsePartialDate('0001-03-01')!.startMs).toISOString()).toBe(
      '0001-03-01T00:00:00.000Z',
    );
  });

  it.each([
    ['2025-02-30', 'February has no 30th'],
    ['2025-04-31', 'April has 30 days'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century years are not leap years'],
    ['2025-13', 'month 13'],
    ['2025-00', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-01-32', 'day 32'],
    ['99999', 'five-digit year'],
    ['25', 'two-digit year'],
    ['2025-1-5', 'unpadded parts'],
    [' 2025', 'leading space'],
    ['2025-08-13T00:00', 'a timestamp'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isPartialDate(value)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '1600-02-29'])('accepts the leap day %s', (value) => {
    expect(parsePartialDate(value)?.precision).toBe('day');
  });

  it('round-trips every real calendar date through formatPartialDate at its precision', () => {
    const dates = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        precision: fc.constantFrom('year', 'month', 'day'),
      })
      .map(({ year, month, day, precision }) => {
        const y = String(year).padStart(4, '0');
        const m = String(month).padStart(2, '0');
        const value =
          precision === 'year'
            ? y
            : precision === 'month'
              ? `${y}-${m}`
              : `${y}-${m}-${String(day).padStart(2, '0')}`;
        return { value, real: precision !== 'day' || day <= daysInMonth(year, month) };
      });
    fc.assert(
      fc.property(dates, ({ value, real }) => {
        const interval = parsePartialDate(value);
        expect(interval !== null).toBe(real);
        if (interval === null) return;
        expect(interval.startMs).toBeLessThan(interval.endMs);
        expect(formatPartialDate(interval.startMs, interval.precision)).toBe(value);
      }),
    );
  });
});
