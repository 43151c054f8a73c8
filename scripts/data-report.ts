// npm run data:report [-- path/to/dataset.json]: coverage by kind, year and organization, and gaps.
import { readFileSync } from 'node:fs';
import { reportDataset } from '../src/data/dataset-report.ts';
import { Dataset } from '../src/data/schema.ts';

const path = process.argv[2] ?? new URL('../public/data/events.json', import.meta.url).pathname;
const parsed = Dataset.safeParse(JSON.parse(readFileSync(path, 'utf8')));
if (!parsed.success) {
  console.error(`${path} does not match the schema:\n${parsed.error.message}`);
  process.exit(1);
}
const report = reportDataset(parsed.data, new Date().toISOString().slice(0, 10));
const table = (title: string, counts: Record<string, number>, sortByCount = false) => {
  const rows = Object.entries(counts).sort(
    sortByCount ? (a, b) => b[1] - a[1] : ([a], [b]) => a.localeCompare(b),
  );
  console.log(`\n${title}`);
  for (const [key, value] of rows)
    console.log(
      `  ${key.padEnd(28)} ${String(value).padStart(4)} ${'#'.repeat(Math.min(value, 60))}`,
    );
};
console.log(
  `${report.events} events, ${report.people} people, ${report.organizations} organizations`,
);
table('By kind', report.byKind, true);
table('By year', report.byYear);
table('By organization', report.byOrganization, true);
console.log(`\nGaps (${report.gaps.length})`);
for (const gap of report.gaps) console.log(`  - ${gap}`);
