import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { findMarkAt } from '../../../src/timeline/find-mark-at';
import { MARK_CLUSTER, MARK_POINT, MARK_SPAN } from '../../../src/timeline/layout-buffer';
import { layoutTimeline } from '../../../src/timeline/layout-timeline';
import { allIndexes, createSmallCatalog } from './fixtures';

const catalog = createSmallCatalog();
const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'kind', 'en'), 'kind');
const xAt = (iso: string, startMs: number, pxPerMs: number) =>
  (Date.parse(iso) - startMs) * pxPerMs;

describe('findMarkAt', () => {
  const startMs = Date.UTC(2023, 0, 1);
  const endMs = Date.UTC(2024, 0, 1);
  const layout = layoutTimeline(catalog, lanes, { startMs, endMs, widthPx: 730 });
  const laneOf = (id: string) => lanes.find((lane) => lane.key === id)!;

  it('finds a point under the pointer, with a few pixels of slack', () => {
    const x = xAt('2023-07-12', startMs, layout.pxPerMs);
    const hit = findMarkAt(layout, x + 3, laneOf('kind:founding').markYPx + 2);
    expect(hit?.type).toBe(MARK_POINT);
    expect(catalog.events[hit!.event]!.id).toBe('xai-founded');
  });

  it('finds a span bar anywhere along it', () => {
    const x = xAt('2023-11-20', startMs, layout.pxPerMs);
    const hit = findMarkAt(layout, x, laneOf('kind:controversy').markYPx);
    expect(hit?.type).toBe(MARK_SPAN);
    expect(catalog.events[hit!.event]!.id).toBe('board-crisis');
  });

  it('misses empty space, other lanes and the label rows', () => {
    const x = xAt('2023-07-12', startMs, layout.pxPerMs);
    expect(findMarkAt(layout, x + 60, laneOf('kind:founding').markYPx)).toBeNull();
    expect(findMarkAt(layout, x, laneOf('kind:launch').markYPx)).toBeNull();
    expect(findMarkAt(layout, x, laneOf('kind:founding').labelTopPx)).toBeNull();
    expect(findMarkAt(layout, x, -5)).toBeNull();
  });

  it('finds a cluster and reports its count and time range', () => {
    const wide = layoutTimeline(catalog, lanes, {
      startMs: Date.UTC(2014, 0, 1),
      endMs: Date.UTC(2027, 0, 1),
      widthPx: 60,
    });
    const lane = laneOf('kind:founding');
    const laneIndex = lanes.indexOf(lane);
    let cluster = -1;
    for (let i = wide.laneStart[laneIndex]!; i < wide.laneStart[laneIndex + 1]!; i++)
      if (wide.type[i] === MARK_CLUSTER) cluster = i;
    expect(cluster).toBeGreaterThanOrEqual(0);
    const hit = findMarkAt(wide, wide.xPx[cluster]!, lane.markYPx);
    expect(hit?.type).toBe(MARK_CLUSTER);
    expect(hit!.count).toBeGreaterThan(1);
    expect(hit!.endMs).toBeGreaterThan(hit!.startMs);
  });
});
