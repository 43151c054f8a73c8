// Properties of the decoder over generated inputs: it never throws, a valid dataset comes back
// whole, and one broken record never costs the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { decodeDataset } from '../../../src/data/decode';
import { Event, ExactEvent } from '../../../src/data/schema';
import { parsePartialDate } from '../../../src/data/partial-date';
import type { Dataset, TimelineEvent } from '../../../src/data/schema';
import { decodeFixture, makeSyntheticDataset } from '../../fixtures/make-dataset';

const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.record(
    { en: fc.string({ unit: 'grapheme', maxLength: 30 }), ru: fc.string({ maxLength: 30 }) },
    { requiredKeys: ['en'] },
  ),
);

/** Titles, names and labels are shown on their own, so they must not be blank. */
const shownText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter((value) => /\S/.test(value)),
  fc.record(
    {
      en: fc.string({ unit: 'grapheme', maxLength: 30 }).filter((value) => /\S/.test(value)),
      ru: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['en'] },
  ),
);

const partialDate = fc
  .record({
    year: fc.integer({ min: 1800, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year);
    const m = String(month).padStart(2, '0');
    if (precision === 0) return y;
    if (precision === 1) return `${y}-${m}`;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${y}-${m}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  });

/** `date` and an optional `endDate` whose period does not end before the start's period. */
const eventDates = fc
  .tuple(partialDate, fc.option(partialDate, { nil: undefined }))
  .map(([a, b]) => {
    if (b === undefined) return { date: a };
    return parsePartialDate(b)!.endMs >= parsePartialDate(a)!.endMs
      ? { date: a, endDate: b }
      : { date: b, endDate: a };
  });

const source = fc.record(
  {
    url: fc.webUrl({ validSchemes: ['https', 'http'] }),
    title: fc.string({ maxLength: 20 }),
    publisher: fc.string({ maxLength: 20 }),
    date: partialDate,
    lang: fc.constantFrom('en', 'ru'),
  },
  { requiredKeys: ['url', 'title'] },
);

const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    kindIds: fc.uniqueArray(kebabId, { minLength: 1, maxLength: 5 }),
    personIds: fc.uniqueArray(kebabId, { maxLength: 6 }),
    orgIds: fc.uniqueArray(kebabId, { maxLength: 6 }),
    eventIds: fc.uniqueArray(kebabId, { maxLength: 25 }),
  })
  .chain(({ kindIds, personIds, orgIds, eventIds }) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      title: text,
      languages: fc.constant(['en', 'ru']),
      kinds: fc.tuple(...kindIds.map((id) => fc.record({ id: fc.constant(id), label: shownText }))),
      people: fc.tuple(
        ...personIds.map((id) => fc.record({ id: fc.constant(id), name: shownText })),
      ),
      organizations: fc.tuple(
        ...orgIds.map((id) => fc.record({ id: fc.constant(id), name: shownText })),
      ),
      events: fc.tuple(
        ...eventIds.map((id) =>
          fc
            .record(
              {
                dates: eventDates,
                kind: fc.constantFrom(...kindIds),
                title: shownText,
                summary: text,
                people: fc.subarray(personIds),
                organizations: fc.subarray(orgIds),
                tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
                sources: fc.array(source, { maxLength: 3 }),
                related: fc.subarray(eventIds.filter((other) => other !== id)),
                importance: fc.constantFrom(1 as const, 2 as const, 3 as const),
              },
              { requiredKeys: ['dates', 'kind', 'title', 'sources'] },
            )
            .map(({ dates, ...rest }): TimelineEvent => ({ id, ...dates, ...rest })),
        ),
      ),
    }),
  );

describe('decodeDataset never throws', () => {
  it('on any JSON value, given as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof decodeDataset(value).ok).toBe('boolean');
        expect(typeof decodeDataset(JSON.stringify(value)).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('on anything at all, including null-prototype objects, Maps and boxed values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withDate: true,
          withBigInt: true,
        }),
        (value) => {
          expect(typeof decodeDataset(value).ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text, rejecting it as one clear error when it is not a dataset', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const result = decodeDataset(input);
        if (!result.ok) expect(result.error.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on datasets whose records have arbitrary JSON in one field or in place of one event', () => {
    const field = fc.constantFrom(
      'id',
      'date',
      'endDate',
      'kind',
      'title',
      'summary',
      'people',
      'organizations',
      'tags',
      'sources',
      'related',
      'importance',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.nat(),
        fc.option(field, { nil: undefined }),
        fc.jsonValue(),
        (seed, position, key, junk) => {
          const raw = makeSyntheticDataset(20, seed);
          const target = position % raw.events.length;
          const events: unknown[] = raw.events;
          events[target] = key === undefined ? junk : { ...raw.events[target], [key]: junk };
          const result = decodeDataset(raw);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          // Whatever happened to that record, every other event is still there.
          for (const [index, event] of raw.events.entries()) {
            if (index !== target) expect(result.catalog.indexById.has(event.id)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('valid datasets round-trip', () => {
  it('keeps every event, person, organization and kind with the same data and no warnings', () => {
    fc.assert(
      fc.property(validDataset, (raw) => {
        const { catalog, warnings } = decodeFixture(JSON.parse(JSON.stringify(raw)));
        expect(warnings).toEqual([]);
        expect(catalog.title).toEqual(raw.title);
        expect(catalog.kinds).toEqual(raw.kinds);
        expect(catalog.people).toEqual(raw.people);
        expect(catalog.organizations).toEqual(raw.organizations);
        expect(catalog.events).toHaveLength(raw.events.length);
        for (const event of raw.events) {
          const index = catalog.indexById.get(event.id);
          expect(index).toBeDefined();
          expect(catalog.events[index!]).toEqual(event);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same catalog for the same synthetic seed', () => {
    const first = decodeFixture(makeSyntheticDataset(200, 42)).catalog;
    const second = decodeFixture(makeSyntheticDataset(200, 42)).catalog;
    expect(second.events).toEqual(first.events);
    expect(second.startMs).toEqual(first.startMs);
  });
});

describe('ExactEvent', () => {
  // The decoder keeps a record ExactEvent accepts as the file's own object (and the page reuses
  // its own parse of it), so ExactEvent must accept exactly what Event returns unchanged.
  it('accepts a valid record exactly when Event would return it unchanged', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.constantFrom('none', 'event', 'source', 'title'),
        (dataset, extraAt) => {
          for (const event of dataset.events) {
            const record = structuredClone(event) as TimelineEvent & Record<string, unknown>;
            if (extraAt === 'event') record.note = 'not in the schema';
            if (extraAt === 'source' && record.sources[0])
              Object.assign(record.sources[0], { note: 'nor this' });
            // Text objects keep every language: an extra one is not stripped.
            if (extraAt === 'title' && typeof record.title === 'object')
              Object.assign(record.title, { de: 'Titel' });
            const parsed = Event.safeParse(record);
            expect(parsed.success).toBe(true);
            expect(ExactEvent.safeParse(record).success).toBe(
              isDeepStrictEqual(parsed.data, record),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
