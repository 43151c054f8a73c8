// Counts of events per time bin, for the date filter's histogram.
import { utcYear } from 'd3-time';
import type { Catalog } from '../data/catalog';
import { utcDayMs } from '../data/partial-date';

export interface HistogramBin {
  startMs: number;
  endMs: number;
  count: number;
}

/** The most bars the histogram draws: a strip a phone's width across has no room for more. */
const MAX_BINS = 200;
/** Years per bar, the fewest that keep to MAX_BINS. */
const YEARS_PER_BIN = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/**
 * Bins of whole years over the dataset's extent: one year each, or as many as it takes to stay
 * within MAX_BINS (a dataset from 2020 to 9999 once drew 8,000 bars). An event counts in the
 * bin of the year it starts.
 */
export function binEventsByYears(catalog: Catalog, indexes: Uint32Array): HistogramBin[] {
  const [minMs, maxMs] = catalog.extentMs;
  if (catalog.events.length === 0 || maxMs <= minMs) return [];
  const firstYear = utcYear.floor(new Date(minMs)).getUTCFullYear();
  const endYear = utcYear.ceil(new Date(maxMs)).getUTCFullYear();
  const yearsPerBin =
    YEARS_PER_BIN.find((years) => binCount(firstYear, endYear, years) <= MAX_BINS) ??
    YEARS_PER_BIN.at(-1)!;
  const binStartYear = Math.floor(firstYear / yearsPerBin) * yearsPerBin;
  const bins = Array.from({ length: binCount(firstYear, endYear, yearsPerBin) }, (_, bin) => ({
    startMs: utcDayMs(binStartYear + bin * yearsPerBin, 0, 1),
    endMs: utcDayMs(binStartYear + (bin + 1) * yearsPerBin, 0, 1),
    count: 0,
  }));
  for (const index of indexes) {
    const year = new Date(catalog.startMs[index]!).getUTCFullYear();
    const bin = bins[Math.floor((year - binStartYear) / yearsPerBin)];
    if (bin) bin.count++;
  }
  return bins;
}

function binCount(firstYear: number, endYear: number, yearsPerBin: number): number {
  return Math.ceil((endYear - Math.floor(firstYear / yearsPerBin) * yearsPerBin) / yearsPerBin);
}
