// The `view` parameter: the visible window written as two dates, as coarse as the zoom allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFilterWindow, viewToWindow, windowToView } from '../../../src/app/view-window';
import { parseView } from '../../../src/url/parse-search';

const DAY_MS = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('windowToView', () => {
  it('writes years for more than thirty years, months down to a season, days below', () => {
    expect(windowToView({ startMs: at('1980-03-10'), endMs: at('2025-06-01') })).toEqual({
      start: '1980',
      end: '2026',
    });
    expect(windowToView({ startMs: at('2024-02-10'), endMs: at('2025-06-20') })).toEqual({
      start: '2024-02',
      end: '2025-07',
    });
    expect(windowToView({ startMs: at('2025-08-01'), endMs: at('2025-08-31') })).toEqual({
      start: '2025-08-01',
      end: '2025-08-31',
    });
  });

  it('rounds the ends outward, so the link holds all that was on screen', () => {
    // Noon to noon around the 13th: its events stay inside the window the link reopens.
    const view = windowToView({ startMs: at('2025-08-12T12:00Z'), endMs: at('2025-08-13T12:00Z') });
    expect(view).toEqual({ start: '2025-08-12', end: '2025-08-14' });
    const reopened = viewToWindow(view)!;
    expect(reopened.startMs).toBeLessThanOrEqual(at('2025-08-12T12:00Z'));
    expect(reopened.endMs).toBeGreaterThanOrEqual(at('2025-08-13T12:00Z'));
  });

  it('never writes an empty window, even when both ends round to the same date', () => {
    const view = windowToView({ startMs: at('2025-08-13T02:00Z'), endMs: at('2025-08-13T20:00Z') });
    expect(view).toEqual({ start: '2025-08-13', end: '2025-08-14' });
  });
});

describe('viewToWindow', () => {
  it('runs from the start of the first date to the start of the second', () => {
    expect(viewToWindow({ start: '2019', end: '2025-08' })).toEqual({
      startMs: at('2019-01-01'),
      endMs: at('2025-08-01'),
    });
    expect(viewToWindow({ start: '2019', end: 'soon' })).toBeNull();
  });

  it('reads a link whose ends start together as that whole period', () => {
    expect(viewToWindow({ start: '2020', end: '2020' })).toEqual({
      startMs: at('2020-01-01'),
      endMs: at('2021-01-01'),
    });
    expect(viewToWindow({ start: '2020-03', end: '2020-03-01' })).toEqual({
      startMs: at('2020-03-01'),
      endMs: at('2020-03-02'),
    });
  });
});

describe('dateFilterWindow', () => {
  const extent = [at('2010-06-01'), at('2026-03-01')] as const;

  it('frames the filter from the start of `from` to the end of `to`, with a little air', () => {
    const window = dateFilterWindow('2024', '2025-06', extent)!;
    const startMs = at('2024-01-01');
    const endMs = at('2025-07-01');
    const airMs = (endMs - startMs) * 0.03;
    expect(window).toEqual({ startMs: startMs - airMs, endMs: endMs + airMs });
  });

  it('closes an open end with the extent of the data', () => {
    expect(dateFilterWindow('2024', undefined, extent)!.endMs).toBeGreaterThan(extent[1]);
    expect(dateFilterWindow(undefined, '2012', extent)!.startMs).toBeLessThan(extent[0]);
    expect(dateFilterWindow(undefined, '2012', extent)!.endMs).toBeGreaterThan(at('2013-01-01'));
  });

  it('is null without a date filter, or for one that ends before the data begins', () => {
    expect(dateFilterWindow(undefined, undefined, extent)).toBeNull();
    expect(dateFilterWindow(undefined, '2001', extent)).toBeNull();
    expect(dateFilterWindow('2030', undefined, extent)).toBeNull();
  });
});

describe('a window written to a link and read back', () => {
  const window = fc
    .tuple(
      fc.integer({ min: at('1900-01-01'), max: at('2100-01-01') }),
      fc.integer({ min: DAY_MS, max: 150 * 365 * DAY_MS }),
    )
    .map(([startMs, spanMs]) => ({ startMs, endMs: startMs + spanMs }));

  it('is a link the parser accepts, close to the window, and stable from then on', () => {
    fc.assert(
      fc.property(window, (shown) => {
        const view = windowToView(shown);
        expect(parseView(`${view.start}..${view.end}`)).toEqual(view);
        const read = viewToWindow(view)!;
        expect(read.startMs).toBeLessThan(read.endMs);
        // Rounding moves each end by less than one unit of the precision written (a year).
        expect(Math.abs(read.startMs - shown.startMs)).toBeLessThan(366 * DAY_MS);
        expect(Math.abs(read.endMs - shown.endMs)).toBeLessThan(366 * DAY_MS);
        // Writing the window read back gives the same link: reloading never drifts.
        expect(windowToView(read)).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it('stays within the years a link can name, for a window that reaches past them', () => {
    const anywhere = fc
      .tuple(
        fc.integer({ min: at('0000-01-01') - 200 * 365 * DAY_MS, max: at('9999-12-31') }),
        fc.integer({ min: 1, max: 12_000 * 365 * DAY_MS }),
      )
      .map(([startMs, spanMs]) => ({ startMs, endMs: startMs + spanMs }));
    fc.assert(
      fc.property(anywhere, (shown) => {
        const view = windowToView(shown);
        expect(parseView(`${view.start}..${view.end}`)).toEqual(view);
        const read = viewToWindow(view)!;
        expect(read.startMs).toBeLessThan(read.endMs);
      }),
      { numRuns: 300 },
    );
    expect(
      windowToView({ startMs: at('9990-01-01'), endMs: at('9999-12-31') + 90 * DAY_MS }),
    ).toEqual({ start: '9990-01', end: '9999-12' });
  });
});
