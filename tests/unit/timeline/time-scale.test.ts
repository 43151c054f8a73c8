import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  computeZoomBounds,
  createBaseScale,
  DAY_MS,
  fitWindow,
  interpolateWindow,
  transformForWindow,
  windowFromTransform,
  zoomWindow,
} from '../../../src/timeline/time-scale';

const extent: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2025, 11, 31)];

describe('fitWindow', () => {
  const catalog = {
    startMs: Float64Array.from([Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1), Date.UTC(2020, 5, 1)]),
    // The second event is a span running past the third's end.
    endMs: Float64Array.from([Date.UTC(2015, 0, 2), Date.UTC(2023, 0, 1), Date.UTC(2020, 5, 2)]),
  };
  const bounds = computeZoomBounds(extent);

  it('shows the given events, first start to last end, with air on both sides', () => {
    const window = fitWindow(catalog, Uint32Array.of(1, 2), bounds);
    expect(window.startMs).toBeLessThan(Date.UTC(2018, 0, 1));
    expect(window.startMs).toBeGreaterThan(Date.UTC(2017, 6, 1));
    expect(window.endMs).toBeGreaterThan(Date.UTC(2023, 0, 1));
    expect(window.endMs).toBeLessThan(Date.UTC(2023, 6, 1));
  });

  it('gives a single event a readable window, and no events the full window', () => {
    const one = fitWindow(catalog, Uint32Array.of(2), bounds);
    expect(one.endMs - one.startMs).toBeGreaterThan(7 * DAY_MS);
    expect(one.startMs).toBeLessThan(Date.UTC(2020, 5, 1));
    expect(one.endMs).toBeGreaterThan(Date.UTC(2020, 5, 2));
    expect(fitWindow(catalog, new Uint32Array(0), bounds)).toEqual(bounds.fullWindow);
  });
});

describe('zoom bounds', () => {
  it('pads the whole extent and allows zooming down to one day', () => {
    const bounds = computeZoomBounds(extent);
    expect(bounds.fullWindow.startMs).toBeLessThan(extent[0]);
    expect(bounds.fullWindow.endMs).toBeGreaterThan(extent[1]);
    expect(bounds.minSpanMs).toBe(DAY_MS);
    expect(bounds.maxZoomK).toBeCloseTo(
      (bounds.fullWindow.endMs - bounds.fullWindow.startMs) / DAY_MS,
    );
  });

  it('gives an empty dataset a usable window instead of a zero-width one', () => {
    const bounds = computeZoomBounds([0, 0]);
    expect(bounds.fullWindow.endMs - bounds.fullWindow.startMs).toBeGreaterThan(100 * DAY_MS);
  });

  it('clamps a window that is too narrow, too wide or outside the extent', () => {
    const bounds = computeZoomBounds(extent);
    const narrow = clampWindow({ startMs: extent[0] + 1000, endMs: extent[0] + 2000 }, bounds);
    expect(narrow.endMs - narrow.startMs).toBe(DAY_MS);
    const wide = clampWindow({ startMs: 0, endMs: Date.UTC(2100, 0, 1) }, bounds);
    expect(wide).toEqual(bounds.fullWindow);
    const late = clampWindow(
      { startMs: Date.UTC(2030, 0, 1), endMs: Date.UTC(2031, 0, 1) },
      bounds,
    );
    expect(late.endMs).toBe(bounds.fullWindow.endMs);
    expect(late.endMs - late.startMs).toBe(Date.UTC(2031, 0, 1) - Date.UTC(2030, 0, 1));
  });
});

describe('window <-> zoom transform', () => {
  it('round-trips a window through the d3-zoom transform', () => {
    const bounds = computeZoomBounds(extent);
    const base = createBaseScale(bounds, 1000);
    const window = { startMs: Date.UTC(2023, 6, 1), endMs: Date.UTC(2023, 9, 1) };
    const back = windowFromTransform(base, transformForWindow(base, window));
    expect(back.startMs).toBeCloseTo(window.startMs, -1);
    expect(back.endMs).toBeCloseTo(window.endMs, -1);
  });

  it('zooms around an anchor that stays put', () => {
    const window = { startMs: 0, endMs: 1000 };
    const zoomed = zoomWindow(window, 2, 250);
    expect(zoomed).toEqual({ startMs: 125, endMs: 625 });
    expect((250 - zoomed.startMs) / (zoomed.endMs - zoomed.startMs)).toBeCloseTo(0.25);
  });

  it('interpolates spans geometrically so zoom animations feel even', () => {
    const middle = interpolateWindow(
      { startMs: 0, endMs: 100 },
      { startMs: 0, endMs: 10_000 },
      0.5,
    );
    expect(middle.endMs - middle.startMs).toBeCloseTo(1000);
  });
});
