import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import {
  MARK_BAND,
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  createLayoutBuffer,
  readMark,
  type TimelineLayout,
} from '../../../src/timeline/layout-buffer';
import { CLUSTER_GAP_PX, layoutTimeline } from '../../../src/timeline/layout-timeline';
import { allIndexes, createSmallCatalog, createSyntheticCatalog } from './fixtures';

const marksOf = (layout: TimelineLayout) =>
  Array.from({ length: layout.count }, (_, i) => readMark(layout, i));
const day = (iso: string) => Date.parse(iso);

describe('layoutTimeline on the small catalog', () => {
  const catalog = createSmallCatalog();
  const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
  const idOf = (event: number) => catalog.events[event]!.id;

  it('draws a lone event as a point whose band covers its whole precision period', () => {
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2025-07-01'),
      endMs: day('2025-10-01'),
      widthPx: 920,
    });
    const founded = marksOf(layout).find(
      (mark) => idOf(mark.event) === 'babuschkin-ventures-founded',
    )!;
    const leaves = marksOf(layout).find((mark) => idOf(mark.event) === 'babuschkin-leaves-xai')!;
    expect(founded.type).toBe(MARK_POINT);
    // A month-precision date is a month wide (31 days of August at 10 px/day), not a fake day.
    expect(founded.x2Px - founded.xPx).toBeCloseTo(310, 0);
    expect(leaves.x2Px - leaves.xPx).toBeCloseTo(10, 0);
  });

  it('keeps the band of a month-precision event whose start is left of the window', () => {
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2025-08-20'),
      endMs: day('2025-08-25'),
      widthPx: 500,
    });
    const bands = marksOf(layout).filter((mark) => mark.type === MARK_BAND);
    expect(bands.map((mark) => idOf(mark.event))).toEqual(['babuschkin-ventures-founded']);
    expect(bands[0]!.xPx).toBeLessThan(0);
    expect(bands[0]!.x2Px).toBeGreaterThan(500);
  });

  it('draws events with an end date as bars from start to the end of the end date', () => {
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2023-11-01'),
      endMs: day('2023-12-01'),
      widthPx: 300,
    });
    const crisis = marksOf(layout).find((mark) => mark.type === MARK_SPAN)!;
    expect(idOf(crisis.event)).toBe('board-crisis');
    expect(crisis.x2Px - crisis.xPx).toBeCloseTo(60, 0); // 6 days at 10 px/day
  });

  it('merges events closer than the cluster gap into one cluster mark with a count', () => {
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2014-01-01'),
      endMs: day('2027-01-01'),
      widthPx: 100,
    });
    const clusters = marksOf(layout).filter((mark) => mark.type === MARK_CLUSTER);
    expect(clusters.length).toBeGreaterThan(0);
    const shown = marksOf(layout).reduce(
      (sum, mark) => sum + (mark.type === MARK_BAND ? 0 : mark.count),
      0,
    );
    expect(shown).toBe(catalog.events.length);
    const points = marksOf(layout).filter(
      (mark) => mark.type === MARK_POINT || mark.type === MARK_CLUSTER,
    );
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.xPx - points[i - 1]!.xPx).toBeGreaterThan(CLUSTER_GAP_PX - 1e-6);
    }
  });

  it('gives a cluster the time range of its members, to zoom into', () => {
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2014-01-01'),
      endMs: day('2027-01-01'),
      widthPx: 100,
    });
    const cluster = marksOf(layout).find((mark) => mark.type === MARK_CLUSTER)!;
    expect(cluster.endMs).toBeGreaterThan(cluster.startMs);
    expect(catalog.startMs[cluster.event]).toBe(cluster.startMs);
  });
});

describe('layoutTimeline on 100,000 synthetic events', () => {
  const catalog = createSyntheticCatalog(100_000, 1);
  const widthPx = 1200;
  const maxMarksPerLane = Math.ceil(widthPx / CLUSTER_GAP_PX) * 3 + 8;

  for (const group of ['kind', 'org', 'person', 'none'] as const) {
    it(`returns a number of marks bounded by pixels, grouped by ${group}`, () => {
      const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), group, 'en'), group);
      const layout = layoutTimeline(catalog, lanes, {
        startMs: catalog.extentMs[0],
        endMs: catalog.extentMs[1],
        widthPx,
      });
      expect(layout.count).toBeGreaterThan(lanes.length);
      expect(layout.count).toBeLessThanOrEqual(lanes.length * maxMarksPerLane);
      // The work of a frame follows the marks, not the 100,000 events.
      expect(layout.workUnits).toBeLessThan(lanes.length * maxMarksPerLane * 2);
      const total = marksOf(layout).reduce(
        (sum, mark) => sum + (mark.type === MARK_BAND ? 0 : mark.count),
        0,
      );
      const laneEvents = lanes.reduce((sum, lane) => sum + lane.events.length, 0);
      expect(total).toBe(laneEvents);
    });
  }

  it('reuses its buffer across frames once warm', () => {
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'kind', 'en'), 'kind');
    const buffer = createLayoutBuffer();
    layoutTimeline(
      catalog,
      lanes,
      { startMs: catalog.extentMs[0], endMs: catalog.extentMs[1], widthPx },
      buffer,
    );
    const arrays = buffer.xPx;
    const zoomed = { startMs: day('2010-01-01'), endMs: day('2010-03-01'), widthPx };
    expect(layoutTimeline(catalog, lanes, zoomed, buffer)).toBe(buffer);
    expect(buffer.xPx).toBe(arrays);
  });

  it('lays out a deep zoom with every mark inside (or touching) the window', () => {
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'kind', 'en'), 'kind');
    const layout = layoutTimeline(catalog, lanes, {
      startMs: day('2010-06-01'),
      endMs: day('2010-06-03'),
      widthPx,
    });
    for (const mark of marksOf(layout)) {
      expect(mark.x2Px).toBeGreaterThanOrEqual(-CLUSTER_GAP_PX);
      expect(mark.xPx).toBeLessThanOrEqual(widthPx + CLUSTER_GAP_PX);
    }
  });
});

describe('spans that started before the window', () => {
  const catalog = createSmallCatalog();
  const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');

  it('are still drawn while they run, and not once they have ended', () => {
    const during = layoutTimeline(catalog, lanes, {
      startMs: day('2023-11-19'),
      endMs: day('2023-11-20'),
      widthPx: 500,
    });
    const bar = marksOf(during).find((mark) => mark.type === MARK_SPAN)!;
    expect(catalog.events[bar.event]!.id).toBe('board-crisis');
    expect(bar.xPx).toBeLessThan(0);
    expect(bar.x2Px).toBeGreaterThan(500);
    const after = layoutTimeline(catalog, lanes, {
      startMs: day('2023-11-25'),
      endMs: day('2023-11-26'),
      widthPx: 500,
    });
    expect(marksOf(after).some((mark) => mark.type === MARK_SPAN)).toBe(false);
  });
});
