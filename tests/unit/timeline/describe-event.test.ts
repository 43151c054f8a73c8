import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { announceEvent, describeHit } from '../../../src/timeline/describe-event';
import { findMarkAt } from '../../../src/timeline/find-mark-at';
import { kindStyle, KIND_SHAPES } from '../../../src/timeline/kind-style';
import { MARK_CLUSTER } from '../../../src/timeline/layout-buffer';
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
