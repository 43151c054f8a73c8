// npm run gen:data -- --events 100000 --out bench/data/events-100000.json [--seed 7]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../src/data/synthetic-dataset.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const events = Number(values.events);
if (!Number.isInteger(events) || events < 0)
  throw new Error(`--events must be a whole number, got ${values.events}`);
const out = values.out ?? `bench/data/events-${events}.json`;
const dataset = generateDataset({ events, seed: Number(values.seed) });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset));
console.log(`wrote ${dataset.events.length} events to ${out}`);
