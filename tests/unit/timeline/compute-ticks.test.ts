import { describe, expect, it } from 'vitest';
import { computeTicks, placeTickLabels } from '../../../src/timeline/compute-ticks';

const window = (from: string, to: string) => ({ startMs: Date.parse(from), endMs: Date.parse(to) });

describe('computeTicks', () => {
  it('moves from decades to years, months and days as the window shrinks', () => {
    expect(computeTicks(window('1900-01-01', '2025-01-01'), 1000, 'en').unit).toBe('decade');
    expect(computeTicks(window('2012-01-01', '2026-01-01'), 1000, 'en').unit).toBe('year');
    expect(computeTicks(window('2024-01-01', '2025-06-01'), 1000, 'en').unit).toBe('month');
    expect(computeTicks(window('2025-08-01', '2025-08-20'), 1000, 'en').unit).toBe('day');
  });

  it('labels years as plain numbers in both languages', () => {
    const en = computeTicks(window('2012-01-01', '2026-01-01'), 1000, 'en');
    const ru = computeTicks(window('2012-01-01', '2026-01-01'), 1000, 'ru');
    expect(en.ticks.map((tick) => tick.label)).toContain('2015');
    expect(ru.ticks.map((tick) => tick.label)).toContain('2015');
  });

  it('formats months in the language, naming the year at the start and at January', () => {
    const en = computeTicks(window('2024-02-15', '2025-06-01'), 1200, 'en').ticks.map(
      (tick) => tick.label,
    );
    expect(en[0]).toBe('Mar 2024');
    expect(en).toContain('Dec');
    expect(en).toContain('Jan 2025');
    const ru = computeTicks(window('2024-02-15', '2025-06-01'), 1200, 'ru').ticks.map(
      (tick) => tick.label,
    );
    expect(ru).toContain('дек.');
    expect(ru.some((label) => label.startsWith('янв.') && label.includes('2025'))).toBe(true);
  });

  it('formats days in the language with the year on the first tick', () => {
    const en = computeTicks(window('2025-08-10', '2025-08-16'), 1000, 'en').ticks.map(
      (tick) => tick.label,
    );
    expect(en[0]).toBe('Aug 10, 2025');
    expect(en).toContain('Aug 13');
    const ru = computeTicks(window('2025-08-10', '2025-08-16'), 1000, 'ru').ticks.map(
      (tick) => tick.label,
    );
    expect(ru).toContain('13 авг.');
  });

  it('keeps ticks far enough apart for their labels on a phone', () => {
    const { ticks } = computeTicks(window('2010-01-01', '2026-01-01'), 300, 'en');
    const gapPx =
      ((ticks[1]!.ms - ticks[0]!.ms) / (Date.parse('2026-01-01') - Date.parse('2010-01-01'))) * 300;
    expect(gapPx).toBeGreaterThanOrEqual(44);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });

  it('keeps labels apart across the whole range a dataset may span, years 0 to 9999', () => {
    // Date.UTC reads years below 100 as 19xx, so the start is set on a Date.
    const whole = {
      startMs: new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-300),
      endMs: Date.UTC(9999, 11, 31),
    };
    for (const widthPx of [320, 1000]) {
      const { ticks } = computeTicks(whole, widthPx, 'en');
      const pxPerMs = widthPx / (whole.endMs - whole.startMs);
      expect(ticks.length).toBeGreaterThan(1);
      for (let i = 1; i < ticks.length; i++) {
        expect((ticks[i]!.ms - ticks[i - 1]!.ms) * pxPerMs).toBeGreaterThanOrEqual(44);
      }
    }
    const labels = computeTicks(whole, 1000, 'en').ticks.map((tick) => tick.label);
    expect(labels).toContain('5000');
  });

  it('puts every tick inside the window, in order', () => {
    const w = window('2023-03-03', '2023-09-09');
    const { ticks } = computeTicks(w, 800, 'en');
    for (const tick of ticks) {
      expect(tick.ms).toBeGreaterThanOrEqual(w.startMs);
      expect(tick.ms).toBeLessThanOrEqual(w.endMs);
    }
    expect(ticks.map((tick) => tick.ms)).toEqual(
      [...ticks.map((tick) => tick.ms)].sort((a, b) => a - b),
    );
  });
});

describe('Russian axis labels', () => {
  it('drop the trailing "г." after the year but keep abbreviated months intact', () => {
    const labels = computeTicks(
      { startMs: Date.parse('2021-11-01'), endMs: Date.parse('2022-06-01') },
      900,
      'ru',
    ).ticks.map((tick) => tick.label);
    expect(labels.some((label) => /^янв\. 2022$/.test(label))).toBe(true);
    expect(labels.every((label) => !label.endsWith('г.'))).toBe(true);
    const days = computeTicks(
      { startMs: Date.parse('2025-08-10'), endMs: Date.parse('2025-08-16') },
      1000,
      'ru',
    );
    expect(days.ticks.map((tick) => tick.label)).toContain('13 авг.');
  });
});

describe('placeTickLabels', () => {
  const charPx = 6;
  const widthOf = (text: string) => text.length * charPx;

  it('leaves out a label that would run into the one before', () => {
    // Ticks 64 px apart: "Mar 27, 2018" (72 px) reaches past the next tick.
    const ticks = {
      unit: 'day' as const,
      startLabel: 'Mar 27, 2018',
      ticks: [
        { ms: 0, label: 'Mar 27, 2018' },
        { ms: 64, label: 'Mar 28' },
        { ms: 128, label: 'Mar 29' },
      ],
    };
    const placed = placeTickLabels(ticks, (ms) => ms, widthOf, 1000);
    expect(placed.map((label) => label.text)).toEqual(['Mar 27, 2018', 'Mar 29']);
    for (let i = 1; i < placed.length; i++) {
      const previous = placed[i - 1]!;
      expect(placed[i]!.xPx).toBeGreaterThan(previous.xPx + widthOf(previous.text));
    }
  });

  it('names the window’s start at the left edge when no tick label fits', () => {
    // 18 hours: the only tick, midnight, is at the right edge, with no room for its label.
    const shown = window('2018-04-01T06:00:00Z', '2018-04-02T00:00:00Z');
    const ticks = computeTicks(shown, 1000, 'en');
    expect(ticks.ticks.map((tick) => tick.ms)).toEqual([shown.endMs]);
    const xOfMs = (ms: number) => ((ms - shown.startMs) / (shown.endMs - shown.startMs)) * 1000;
    const placed = placeTickLabels(ticks, xOfMs, widthOf, 1000);
    expect(placed).toEqual([{ text: 'Apr 1, 2018', xPx: expect.any(Number) }]);
    expect(placed[0]!.xPx).toBeLessThan(10);
  });
});
