// Regenerates public/schema/dataset.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { createDatasetJsonSchema } from '../src/data/schema.ts';

const target = new URL('../public/schema/dataset.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(createDatasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
