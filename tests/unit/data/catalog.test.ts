import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByTime } from '../../../src/data/build-catalog';
import { IdIndex, type Catalog } from '../../../src/data/catalog';
import { PRECISION_CODE, parsePartialDate } from '../../../src/data/partial-date';
import { decodeFixture, makeCatalog, makeSyntheticDataset } from '../../fixtures/make-dataset';

/** Every index the hot paths rely on, recomputed the slow way from the event objects. */
function expectConsistent(catalog: Catalog) {
  const { events } = catalog;
  expect(catalog.startMs).toHaveLength(events.length);
  expect(catalog.endMs).toHaveLength(events.length);
  expect(catalog.kindIndex).toHaveLength(events.length);

  events.forEach((event, i) => {
    const start = parsePartialDate(event.date)!;
    const end = event.endDate ? parsePartialDate(event.endDate)! : start;
    expect(catalog.startMs[i]).toBe(start.startMs);
    expect(catalog.endMs[i]).toBe(Math.max(start.endMs, end.endMs));
    expect(catalog.kinds[catalog.kindIndex[i]!]!.id).toBe(event.kind);
    expect(catalog.importance[i]).toBe(event.importance ?? 2);
    expect(catalog.precision[i]).toBe(PRECISION_CODE[start.precision]);
    expect(catalog.indexById.get(event.id)).toBe(i);
    if (i > 0) expect(catalog.startMs[i - 1]!).toBeLessThanOrEqual(catalog.startMs[i]!);
  });
  expect(catalog.indexById.size).toBe(events.length);

  const expectedBy = (keys: string[], has: (i: number, key: string) => boolean) =>
    new Map(
      keys
        .map((key) => [key, events.flatMap((_, i) => (has(i, key) ? [i] : []))] as const)
        .filter(([, list]) => list.length > 0),
    );
  const asArrays = (map: Map<string, Uint32Array>) =>
    new Map([...map].map(([key, list]) => [key, [...list]]));

  expect(asArrays(catalog.eventsByPerson)).toEqual(
    expectedBy(
      catalog.people.map((person) => person.id),
      (i, id) => events[i]!.people?.includes(id) ?? false,
    ),
  );
  expect(asArrays(catalog.eventsByOrg)).toEqual(
    expectedBy(
      catalog.organizations.map((org) => org.id),
      (i, id) => events[i]!.organizations?.includes(id) ?? false,
    ),
  );
  catalog.kinds.forEach((kind, k) => {
    expect([...catalog.eventsByKind[k]!]).toEqual(
      events.flatMap((event, i) => (event.kind === kind.id ? [i] : [])),
    );
    expect(catalog.kindIndexById.get(kind.id)).toBe(k);
  });

  if (events.length > 0) {
    expect(catalog.extentMs).toEqual([Math.min(...catalog.startMs), Math.max(...catalog.endMs)]);
  }
}

describe('Catalog', () => {
  it('sorts the fixture by time, keeping same-day events in a stable, meaningful order', () => {
    const catalog = makeCatalog();
    expectConsistent(catalog);
    expect(catalog.events.map((event) => event.id)).toEqual([
      'acme-founded',
      'northwind-founded',
      'boris-leaves-acme',
      'open-horizon-founded',
      'atlas-beta',
      'atlas-launch',
      'turbine-protests',
      'colossus-online',
      'chatbot-mechahitler',
      'nova-launch',
      // Same day: the headline (importance 1) comes first.
      'carla-leaves-northwind',
      'carla-ventures-founded',
      'acme-privacy-fine',
      'alice-leaves-acme',
    ]);
  });

  it('covers a span from the start of its date to the end of its endDate', () => {
    const catalog = makeCatalog();
    const index = catalog.indexById.get('turbine-protests')!;
    expect(catalog.startMs[index]).toBe(Date.UTC(2021, 0, 1));
    expect(catalog.endMs[index]).toBe(Date.UTC(2023, 0, 1));
    expect(catalog.extentMs).toEqual([Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('indexes people and organizations so a filter finds every event that names them', () => {
    const catalog = makeCatalog();
    const ids = (list: Uint32Array | undefined) =>
      [...(list ?? [])].map((i) => catalog.events[i]!.id);
    expect(ids(catalog.eventsByPerson.get('boris-ivanov'))).toEqual([
      'acme-founded',
      'boris-leaves-acme',
      'open-horizon-founded',
    ]);
    expect(ids(catalog.eventsByOrg.get('open-horizon'))).toEqual([
      'open-horizon-founded',
      'alice-leaves-acme',
    ]);
    expect(catalog.eventsByPerson.has('dmitri-orlov')).toBe(false);
    expect(ids(catalog.eventsByKind[catalog.kindIndexById.get('departure')!])).toEqual([
      'boris-leaves-acme',
      'carla-leaves-northwind',
      'alice-leaves-acme',
    ]);
  });

  it('counts an event once for a person listed twice in it', () => {
    const raw = makeSyntheticDataset(3, 1);
    raw.events[0]!.people = ['person-1', 'person-1'];
    const { catalog } = decodeFixture(raw);
    expect([...catalog.eventsByPerson.get('person-1')!]).toEqual([
      catalog.indexById.get('event-0'),
    ]);
  });

  it('keeps every invariant on seeded synthetic datasets of any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (count, seed) => {
          expectConsistent(decodeFixture(makeSyntheticDataset(count, seed)).catalog);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('sortByTime', () => {
  /** The order by definition: start, then importance, then position in the file. */
  const expected = (start: number[], importance: number[]) =>
    start
      .map((_, i) => i)
      .sort((a, b) => start[a]! - start[b]! || importance[a]! - importance[b]! || a - b);

  it('orders by start, then headline first, then file order, whether keys pack or not', () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -400_000, max: 3_000_000 }), fc.constantFrom(1, 2, 3)),
          { maxLength: 60 },
        ),
        fc.boolean(),
        (events, offMidnight) => {
          // Whole days pack into one key; a start off midnight takes the comparison path.
          const start = events.map(([day], i) => day * DAY + (offMidnight && i === 0 ? 1 : 0));
          const importance = events.map(([, level]) => level);
          const order = sortByTime(Float64Array.from(start), Uint8Array.from(importance));
          expect(Array.from(order)).toEqual(expected(start, importance));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('IdIndex, built in slices', () => {
  const ids = Array.from({ length: 5000 }, (_, index) => `event-${index}`);

  it('adds ids while there is time, and finds every one once whole', () => {
    const index = new IdIndex(() => ids);
    let looks = 0;
    // Time for one slice per call.
    const oneSlice = () => looks++ % 2 === 0;
    const calls: boolean[] = [];
    for (let call = 0; call < 5 && !calls.at(-1); call++) calls.push(index.buildSome(oneSlice));
    expect(calls).toEqual([false, false, true]);
    expect(index.size).toBe(5000);
    expect(index.get('event-4321')).toBe(4321);
  });

  it('finishes a half-built map when an id is asked for', () => {
    let listed = 0;
    const index = new IdIndex(() => {
      listed++;
      return ids;
    });
    let first = true;
    expect(index.buildSome(() => (first ? !(first = false) : false))).toBe(false);
    expect(index.get('event-4999')).toBe(4999);
    expect(index.has('event-0')).toBe(true);
    expect(index.get('missing')).toBeUndefined();
    expect(listed).toBe(1);
  });
});
