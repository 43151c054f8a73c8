// How the pure hot paths grow with the number of events (npm run bench:pure).
// Datasets are generated once per size with a fixed seed.
import { bench, describe } from 'vitest';
import { applyFilters, buildConstraintMasks } from '../src/filters/apply-filters';
import { decodeDataset } from '../src/data/decode';
import { generateDataset } from '../src/data/synthetic-dataset';
import { countFacets } from '../src/filters/facet-counts';
import { NO_FILTERS, type Filters } from '../src/filters/filter-state';
import { arrangeLanes } from '../src/timeline/arrange-lanes';
import { buildLanes } from '../src/timeline/build-lanes';
import { createLayoutBuffer } from '../src/timeline/layout-buffer';
import { layoutTimeline, type LayoutView } from '../src/timeline/layout-timeline';

const SIZES = [10_000, 100_000, 1_000_000];
/** About the plot's width in a 1280 px window. */
const WIDTH_PX = 1000;
const DAY_MS = 86_400_000;

for (const size of SIZES) {
  const raw = generateDataset({ events: size, seed: 7 });
  const decoded = decodeDataset(raw);
  if (!decoded.ok) throw new Error('the synthetic dataset must decode');
  const { catalog } = decoded;
  const filters: Filters = {
    ...NO_FILTERS,
    kind: ['launch', 'controversy'],
    person: ['person-1', 'person-2', 'person-3'],
  };
  const iterations = size >= 1_000_000 ? 2 : 5;
  // Layout is measured on every event, in kind lanes: the whole extent, then one month in the
  // middle of the data. Its cost should follow the marks on screen, not the events.
  const allIndexes = Uint32Array.from({ length: catalog.events.length }, (_, i) => i);
  const lanes = arrangeLanes(buildLanes(catalog, allIndexes, 'kind', 'en'), 'kind').lanes;
  const [firstMs, lastMs] = catalog.extentMs;
  const middleMs = catalog.startMs[Math.floor(catalog.events.length / 2)]!;
  const views: Record<string, LayoutView> = {
    'whole extent': { startMs: firstMs, endMs: lastMs, widthPx: WIDTH_PX },
    'one month': {
      startMs: middleMs - 15 * DAY_MS,
      endMs: middleMs + 15 * DAY_MS,
      widthPx: WIDTH_PX,
    },
  };
  const buffer = createLayoutBuffer();
  for (const [name, view] of Object.entries(views)) {
    const { count, workUnits } = layoutTimeline(catalog, lanes, view, buffer);
    console.log(`${size} events, ${name}: ${count} marks, ${workUnits} work units`);
  }

  describe(`${size.toLocaleString('en')} events`, () => {
    bench('decode (validate + build the Catalog)', () => void decodeDataset(raw), {
      iterations: size >= 1_000_000 ? 1 : 3,
      warmupIterations: 0,
    });
    bench(
      'filter (kind + person masks -> indexes)',
      () => void applyFilters(catalog, buildConstraintMasks(catalog, filters, null)),
      { iterations },
    );
    bench(
      'facet counts (every facet under the other filters)',
      () => void countFacets(catalog, buildConstraintMasks(catalog, filters, null)),
      { iterations },
    );
    bench(
      'lanes (buildLanes by kind + arrangeLanes, once per filter change)',
      () => void arrangeLanes(buildLanes(catalog, allIndexes, 'kind', 'en'), 'kind'),
      { iterations },
    );
    for (const [name, view] of Object.entries(views)) {
      bench(
        `layout, ${name} (layoutTimeline, once per frame)`,
        () => void layoutTimeline(catalog, lanes, view, buffer),
        { iterations },
      );
    }
  });
}
