import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { isEventSingleMark } from '../../../src/timeline/find-mark-at';
import { layoutTimeline } from '../../../src/timeline/layout-timeline';
import { computePanWindow, computeRevealWindow } from '../../../src/timeline/reveal-window';
import { computeZoomBounds } from '../../../src/timeline/time-scale';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';
import { allIndexes, createSmallCatalog, createSyntheticCatalog } from './fixtures';

describe('computeRevealWindow', () => {
  it('zooms in until a clustered event has a mark of its own, and centres it', () => {
    const catalog = createSyntheticCatalog(2_000, 5);
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
    const bounds = computeZoomBounds(catalog.extentMs);
    const event = catalog.indexById.get('e-123')!;
    const window = computeRevealWindow(catalog, lanes[0], event, bounds.fullWindow, 1000, bounds)!;
    expect(window).not.toBeNull();
    const layout = layoutTimeline(catalog, lanes, { ...window, widthPx: 1000 });
    if (catalog.events[event]!.endDate === undefined) {
      expect(isEventSingleMark(layout, event)).toBe(true);
      expect(Math.abs((window.startMs + window.endMs) / 2 - catalog.startMs[event]!)).toBeLessThan(
        (window.endMs - window.startMs) * 0.01,
      );
    }
  });

  it('leaves the view alone when the event is already comfortably visible', () => {
    const catalog = createSmallCatalog();
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'kind', 'en'), 'kind');
    const bounds = computeZoomBounds(catalog.extentMs);
    const event = catalog.indexById.get('xai-founded')!;
    const current = { startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2024, 0, 1) };
    expect(computeRevealWindow(catalog, lanes[0], event, current, 1000, bounds)).toBeNull();
    const elsewhere = { startMs: Date.UTC(2016, 0, 1), endMs: Date.UTC(2017, 0, 1) };
    const moved = computeRevealWindow(catalog, lanes[0], event, elsewhere, 1000, bounds)!;
    expect(moved.startMs).toBeLessThan(catalog.startMs[event]!);
    expect(moved.endMs).toBeGreaterThan(catalog.startMs[event]!);
  });

  it('stops zooming at the precision of a date that other events share', () => {
    const raw = makeDataset();
    for (const record of raw.events) {
      record.date = '2010';
      delete (record as { endDate?: string }).endDate;
    }
    const { catalog } = decodeFixture(raw);
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
    const bounds = computeZoomBounds(catalog.extentMs);
    const wide = { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2020, 0, 1) };
    const window = computeRevealWindow(catalog, lanes[0], 3, wide, 1000, bounds)!;
    // They cannot be told apart at any zoom: a day-wide view would show one cluster and no
    // context; the view stops at about two years around the year.
    expect(window.endMs - window.startMs).toBeGreaterThanOrEqual(365 * 86_400_000);
    expect(window.startMs).toBeLessThanOrEqual(Date.UTC(2010, 0, 1));
    expect(window.endMs).toBeGreaterThan(Date.UTC(2010, 0, 1));
  });

  it('shows the whole of a span event', () => {
    const catalog = createSmallCatalog();
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'kind', 'en'), 'kind');
    const bounds = computeZoomBounds(catalog.extentMs);
    const event = catalog.indexById.get('board-crisis')!;
    const window = computeRevealWindow(catalog, lanes[3], event, bounds.fullWindow, 1000, bounds)!;
    expect(window.startMs).toBeLessThan(catalog.startMs[event]!);
    expect(window.endMs).toBeGreaterThan(catalog.endMs[event]!);
    expect(window.endMs - window.startMs).toBeLessThan(30 * 86_400_000);
  });
});

describe('computePanWindow', () => {
  const catalog = createSmallCatalog();
  const event = catalog.indexById.get('grok-1')!;

  it('keeps the zoom and centres an off-screen event', () => {
    const current = { startMs: Date.UTC(2020, 0, 1), endMs: Date.UTC(2021, 0, 1) };
    const moved = computePanWindow(catalog, event, current)!;
    expect(moved.endMs - moved.startMs).toBe(current.endMs - current.startMs);
    expect((moved.startMs + moved.endMs) / 2).toBe(catalog.startMs[event]);
  });

  it('does nothing when the event is on screen', () => {
    const current = { startMs: Date.UTC(2023, 6, 1), endMs: Date.UTC(2024, 6, 1) };
    expect(computePanWindow(catalog, event, current)).toBeNull();
  });
});
