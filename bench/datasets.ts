// The benchmark's datasets: seeded, so every run (and every machine) measures the same events.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../src/data/synthetic-dataset';

export const DATA_DIR = 'bench/data';
export const DATA_SEED = 7;

export function datasetFileName(events: number): string {
  return `events-${events}-seed${DATA_SEED}.json`;
}

/** Writes the datasets that are missing; returns nothing, the files are the result. */
export function ensureDatasets(sizes: readonly number[]): void {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const events of sizes) {
    const file = join(DATA_DIR, datasetFileName(events));
    if (existsSync(file)) continue;
    writeFileSync(file, JSON.stringify(generateDataset({ events, seed: DATA_SEED })));
    console.log(`  generated ${file}`);
  }
}
