import { describe, expect, it } from 'vitest';
import { binEventsByYears } from '../../../src/filters/date-histogram';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';
import { allIndexes, createSmallCatalog, createSyntheticCatalog } from '../timeline/fixtures';

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

describe('binEventsByYears', () => {
  it('has one bin per year of the extent, and counts each event once, in its start year', () => {
    const catalog = createSyntheticCatalog(2000);
    const bins = binEventsByYears(catalog, allIndexes(catalog));
    expect(yearOf(bins[0]!.startMs)).toBe(yearOf(catalog.extentMs[0]));
    expect(bins.at(-1)!.endMs).toBeGreaterThanOrEqual(catalog.extentMs[1]);
    bins.forEach((bin, i) => {
      expect(bin.endMs).toBe(Date.UTC(yearOf(bin.startMs) + 1, 0, 1));
      if (i > 0) expect(bin.startMs).toBe(bins[i - 1]!.endMs);
    });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2000);
    const in2010 = catalog.startMs.filter((ms) => yearOf(ms) === 2010).length;
    expect(bins.find((bin) => yearOf(bin.startMs) === 2010)!.count).toBe(in2010);
  });

  it('counts only the events passed in, over the whole extent', () => {
    const catalog = createSmallCatalog();
    const xai = catalog.indexById.get('xai-founded')!;
    const bins = binEventsByYears(catalog, Uint32Array.of(xai));
    expect(bins.length).toBe(binEventsByYears(catalog, allIndexes(catalog)).length);
    expect(bins.filter((bin) => bin.count > 0)).toEqual([
      { startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2024, 0, 1), count: 1 },
    ]);
  });

  it('groups years into fewer, wider bins over millennia, counting every event once', () => {
    const dataset = makeDataset();
    dataset.events[0]!.date = '9999-06';
    dataset.events[1]!.date = '0001';
    const { catalog } = decodeFixture(dataset);
    const bins = binEventsByYears(catalog, allIndexes(catalog));
    expect(bins.length).toBeLessThanOrEqual(200);
    expect(bins[0]!.startMs).toBeLessThanOrEqual(catalog.extentMs[0]);
    expect(bins.at(-1)!.endMs).toBeGreaterThanOrEqual(catalog.extentMs[1]);
    bins.forEach((bin, i) => {
      if (i > 0) expect(bin.startMs).toBe(bins[i - 1]!.endMs);
    });
    expect(yearOf(bins[1]!.startMs) - yearOf(bins[0]!.startMs)).toBe(50);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(catalog.events.length);
    expect(bins[0]!.count).toBe(1);
    expect(bins.at(-1)!.count).toBe(1);
  });

  it('has no bins for a dataset without events', () => {
    const catalog = createSyntheticCatalog(0);
    expect(binEventsByYears(catalog, new Uint32Array(0))).toEqual([]);
  });
});
