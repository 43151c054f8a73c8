import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { createOccupancy, isFree, occupy } from '../../../src/timeline/interval-occupancy';
import { MARK_CLUSTER } from '../../../src/timeline/layout-buffer';
import { layoutTimeline } from '../../../src/timeline/layout-timeline';
import { placeLabels, type PlacedLabel } from '../../../src/timeline/place-labels';
import { buildLaneMatches } from '../../../src/timeline/render/match-prefix';
import { allIndexes, createSmallCatalog, createSyntheticCatalog } from './fixtures';

const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
  a.yPx === b.yPx && a.xPx < b.xPx + b.widthPx && b.xPx < a.xPx + a.widthPx;

describe('interval occupancy', () => {
  it('reports space as free until something takes it', () => {
    const occupancy = createOccupancy();
    occupy(occupancy, 10, 20);
    occupy(occupancy, 40, 50);
    expect(isFree(occupancy, 0, 10)).toBe(true);
    expect(isFree(occupancy, 19, 25)).toBe(false);
    expect(isFree(occupancy, 20, 40)).toBe(true);
    expect(isFree(occupancy, 0, 100)).toBe(false);
    occupy(occupancy, 25, 30);
    expect(occupancy.starts).toEqual([10, 25, 40]);
  });
});

describe('placeLabels', () => {
  const baseOptions = { openIndex: null, focusedIndex: null, highlightMask: null };
  const oneYear = { startMs: Date.UTC(2023, 5, 1), endMs: Date.UTC(2024, 5, 1), widthPx: 366 };

  it('never overlaps labels, even with 20,000 events fighting for room', () => {
    const catalog = createSyntheticCatalog(20_000, 3);
    for (const group of ['none', 'kind', 'person'] as const) {
      const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), group, 'en'), group);
      for (const spanDays of [30, 400, 4000]) {
        const startMs = Date.UTC(2005, 0, 1);
        const layout = layoutTimeline(catalog, lanes, {
          startMs,
          endMs: startMs + spanDays * 86_400_000,
          widthPx: 1000,
        });
        const labels = placeLabels(layout, catalog, { ...baseOptions, measureTitlePx: () => 120 });
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++)
            expect(overlaps(labels[i]!, labels[j]!)).toBe(false);
        }
      }
    }
  });

  it('labels a headline (importance 1) before a less important neighbour', () => {
    const catalog = createSmallCatalog();
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'org', 'en'), 'org');
    // xAI lane at 1 px/day: xai-founded (importance 1, Jul 2023) and grok-1 (Nov 2023) are 115 px
    // apart, so only one 130 px label fits.
    const layout = layoutTimeline(catalog, lanes, oneYear);
    const labels = placeLabels(layout, catalog, { ...baseOptions, measureTitlePx: () => 130 });
    const xaiLane = lanes.findIndex((lane) => lane.key === 'org:xai');
    const inLane = labels
      .filter((label) => label.lane === xaiLane)
      .map((label) => catalog.events[label.event]!.id);
    expect(inLane).toEqual(['xai-founded']);
  });

  it('labels the open event first, whatever its importance', () => {
    const catalog = createSmallCatalog();
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'org', 'en'), 'org');
    const layout = layoutTimeline(catalog, lanes, oneYear);
    const grok = catalog.indexById.get('grok-1')!;
    const labels = placeLabels(layout, catalog, {
      ...baseOptions,
      openIndex: grok,
      measureTitlePx: () => 130,
    });
    expect(labels.map((label) => label.event)).toContain(grok);
    expect(labels.map((label) => label.event)).not.toContain(catalog.indexById.get('xai-founded'));
  });

  it('shows no label where there is no room rather than a sliver', () => {
    const catalog = createSmallCatalog();
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
    const layout = layoutTimeline(catalog, lanes, {
      startMs: Date.UTC(2025, 7, 1),
      endMs: Date.UTC(2025, 7, 14),
      widthPx: 400,
    });
    const labels = placeLabels(layout, catalog, { ...baseOptions, measureTitlePx: () => 150 });
    for (const label of labels) expect(label.widthPx).toBeGreaterThanOrEqual(48);
    expect(labels.every((label) => label.xPx + label.widthPx <= 400)).toBe(true);
  });
});

describe('placeLabels while a search highlights', () => {
  it('labels a cluster that holds a single match with that match, and one with two with none', () => {
    const catalog = createSyntheticCatalog(2000, 5);
    const { lanes } = arrangeLanes(buildLanes(catalog, allIndexes(catalog), 'none', 'en'), 'none');
    const layout = layoutTimeline(catalog, lanes, {
      startMs: Date.UTC(1995, 0, 1),
      endMs: Date.UTC(2025, 0, 1),
      widthPx: 1000,
    });
    const cluster = Array.from({ length: layout.count }, (_, i) => i).find(
      (i) => layout.type[i] === MARK_CLUSTER && layout.to[i]! - layout.from[i]! >= 3,
    )!;
    const members = lanes[layout.lane[cluster]!]!.points;
    const second = members[layout.from[cluster]! + 1]!;
    const third = members[layout.from[cluster]! + 2]!;
    const labelsFor = (matches: number[]) => {
      const mask = new Uint8Array(catalog.events.length);
      for (const event of matches) mask[event] = 1;
      return placeLabels(layout, catalog, {
        openIndex: null,
        focusedIndex: null,
        highlightMask: mask,
        laneMatches: buildLaneMatches(lanes, mask),
        measureTitlePx: () => 60,
      }).map((label) => label.event);
    };
    // Matches are labelled first; faded labels of other single marks may follow.
    expect(labelsFor([second])[0]).toBe(second);
    expect(labelsFor([second, third])).not.toContain(second);
    expect(labelsFor([second, third])).not.toContain(third);
  });
});
