// Counts of events per time bin, for the date filter's histogram.
import { utcYear } from 'd3-time';
import type { Catalog } from '../data/catalog';

export interface HistogramBin {
  startMs: number;
  endMs: number;
  count: number;
}

/** One bin per year over the dataset's extent; an event counts in the year it starts. */
export function binEventsByYear(catalog: Catalog, indexes: Uint32Array): HistogramBin[] {
  const [minMs, maxMs] = catalog.extentMs;
  if (catalog.events.length === 0 || maxMs <= minMs) return [];
  const years = utcYear.range(utcYear.floor(new Date(minMs)), utcYear.ceil(new Date(maxMs)));
  const bins = years.map((start) => ({
    startMs: start.getTime(),
    endMs: utcYear.offset(start, 1).getTime(),
    count: 0,
  }));
  const firstYear = new Date(bins[0]!.startMs).getUTCFullYear();
  for (const index of indexes) {
    const bin = bins[new Date(catalog.startMs[index]!).getUTCFullYear() - firstYear];
    if (bin) bin.count++;
  }
  return bins;
}
