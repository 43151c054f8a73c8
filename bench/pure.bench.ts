// How the pure hot paths grow with the number of events (npm run bench:pure).
// Datasets are generated once per size with a fixed seed.
import { bench, describe } from 'vitest';
import { applyFilters, buildConstraintMasks } from '../src/filters/apply-filters';
import { decodeDataset } from '../src/data/decode';
import { generateDataset } from '../src/data/synthetic-dataset';
import { countFacets } from '../src/filters/facet-counts';
import { NO_FILTERS, type Filters } from '../src/filters/filter-state';

const SIZES = [10_000, 100_000, 1_000_000];

for (const size of SIZES) {
  const raw = generateDataset({ events: size, seed: 7 });
  const decoded = decodeDataset(raw);
  if (!decoded.ok) throw new Error('the synthetic dataset must decode');
  const { catalog } = decoded;
  const filters: Filters = { ...NO_FILTERS, kind: ['launch', 'controversy'], person: ['person-1', 'person-2', 'person-3'] };
  const iterations = size >= 1_000_000 ? 2 : 5;

  describe(`${size.toLocaleString('en')} events`, () => {
    bench('decode (validate + build the Catalog)', () => void decodeDataset(raw), { iterations: size >= 1_000_000 ? 1 : 3, warmupIterations: 0 });
    bench('filter (kind + person masks -> indexes)', () => void applyFilters(catalog, buildConstraintMasks(catalog, filters, null)), { iterations });
    bench('facet counts (every facet under the other filters)', () => void countFacets(catalog, buildConstraintMasks(catalog, filters, null)), { iterations });
  });
}
