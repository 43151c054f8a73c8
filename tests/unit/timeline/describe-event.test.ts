import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import {
  announceEvent,
  clusterRange,
  describeHit,
  formatClusterRange,
} from '../../../src/timeline/describe-event';
import { findMarkAt } from '../../../src/timeline/find-mark-at';
import { kindStyle, KIND_SHAPES } from '../../../src/timeline/kind-style';
import { MARK_CLUSTER, MARK_SPAN_CLUSTER } from '../../../src/timeline/layout-buffer';
import { layoutTimeline } from '../../../src/timeline/layout-timeline';
import { TIMELINE_STRINGS } from '../../../src/timeline/timeline-strings';
import { allIndexes, createSmallCatalog } from './fixtures';

const catalog = createSmallCatalog();

describe('describing events', () => {
  it('announces title, date at its precision and kind, in the reader language', () => {
    expect(
      announceEvent(catalog, catalog.indexById.get('babuschkin-ventures-founded')!, 'en'),
    ).toBe('Title babuschkin-ventures-founded, August 2025, Founding');
    expect(announceEvent(catalog, catalog.indexById.get('babuschkin-leaves-xai')!, 'ru')).toBe(
      'Заголовок babuschkin-leaves-xai, 13 августа 2025 г., Уход',
    );
  });

  it('describes a cluster by its count, dates and first titles', () => {
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
    const layout = layoutTimeline(catalog, lanes, {
      startMs: Date.UTC(2014, 0, 1),
      endMs: Date.UTC(2027, 0, 1),
      widthPx: 60,
    });
    let cluster = 0;
    while (layout.type[cluster] !== MARK_CLUSTER) cluster++;
    const hit = findMarkAt(layout, layout.xPx[cluster]!, lanes[0]!.markYPx)!;
    const lines = describeHit(catalog, hit, lanes[0]!, 'en', TIMELINE_STRINGS.en, true);
    expect(lines[0]).toBe(`${hit.count} events`);
    expect(lines.filter((line) => line.startsWith('• '))).toHaveLength(Math.min(3, hit.count));
    expect(lines.at(-1)).toBe('Click to zoom in');
  });
});

describe('a cluster’s dates', () => {
  // Events 0, 1 and 2 dated to the year, the day and the month.
  const catalogOf = { precision: Uint8Array.of(0, 2, 1) };
  const lane = { points: Uint32Array.of(0, 1, 2), spans: Uint32Array.of(1, 2) };
  const at = (iso: string) => Date.parse(iso);

  it('are as coarse as its least precise event: "2010", not 1 January 2010', () => {
    const sameStart = { type: MARK_CLUSTER, from: 0, count: 2 } as const;
    const range = clusterRange(catalogOf, lane, {
      ...sameStart,
      startMs: at('2010-01-01'),
      endMs: at('2010-01-01'),
    });
    expect(range.precision).toBe('year');
    expect(formatClusterRange(range, 'en')).toBe('2010');
    const later = clusterRange(catalogOf, lane, {
      ...sameStart,
      startMs: at('2010-01-01'),
      endMs: at('2013-05-01'),
    });
    expect(formatClusterRange(later, 'en')).toBe('2010 – 2013');
  });

  it('give the day when every event has one, and end a cluster of spans on its last day', () => {
    const range = clusterRange(catalogOf, lane, {
      type: MARK_SPAN_CLUSTER,
      from: 0,
      count: 1,
      startMs: at('2024-03-05'),
      // A span's end is the first instant after it.
      endMs: at('2024-04-01'),
    });
    expect(formatClusterRange(range, 'en')).toBe('March 5, 2024 – March 31, 2024');
    const month = clusterRange(catalogOf, lane, {
      type: MARK_SPAN_CLUSTER,
      from: 0,
      count: 2,
      startMs: at('2024-03-01'),
      endMs: at('2024-04-01'),
    });
    expect(formatClusterRange(month, 'ru')).toBe('март 2024 г.');
  });
});

describe('kind styles', () => {
  it('gives the first four kinds four different shapes and colours, then cycles shapes', () => {
    const styles = catalog.kinds.map((_, index) => kindStyle(catalog, index));
    expect(new Set(styles.map((style) => style.shape)).size).toBe(4);
    expect(new Set(styles.map((style) => style.color)).size).toBe(4);
    expect(kindStyle({ kinds: [...catalog.kinds, ...catalog.kinds] }, 4).shape).toBe(
      KIND_SHAPES[0],
    );
  });

  it('uses a colour given by the dataset', () => {
    expect(kindStyle({ kinds: [{ id: 'x', label: 'X', color: '#123456' }] }, 0).color).toBe(
      '#123456',
    );
  });
});
