import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDatasetJsonSchema } from '../../../src/data/schema';

const SCHEMA_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../public/schema/dataset.schema.json',
);

describe('the published JSON Schema', () => {
  it('matches the zod schema it is generated from', () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(
      committed,
      'public/schema/dataset.schema.json is stale: run `npm run schema` and commit the result',
    ).toEqual(createDatasetJsonSchema());
  });

  it('marks exactly the contract fields as required, so optional ones may be left out', () => {
    type Node = { required?: string[]; properties: Record<string, Node & { items: Node }> };
    const schema = createDatasetJsonSchema() as Node;
    const event = schema.properties.events!.items;
    expect(new Set(schema.required)).toEqual(
      new Set([
        'schemaVersion',
        'title',
        'languages',
        'kinds',
        'people',
        'organizations',
        'events',
      ]),
    );
    expect(new Set(event.required)).toEqual(new Set(['id', 'date', 'kind', 'title', 'sources']));
    expect(new Set(event.properties.sources!.items.required)).toEqual(new Set(['url', 'title']));
  });
});
