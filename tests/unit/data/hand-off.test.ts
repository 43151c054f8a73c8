// The page rebuilds the Catalog's events from its own parse of the file: every record it takes
// from the file must be exactly the one validation kept, and every changed one must come along.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createEventDecoder, decodeDataset } from '../../../src/data/decode';
import { finishStreamedFile } from '../../../src/data/decode-in-worker';
import { decodeFile } from '../../../src/data/fetch-dataset';
import { FileBatches } from '../../../src/data/file-batches';
import { FileEventsStream } from '../../../src/data/file-events-stream';
import {
  assembleEvents,
  fileEventsOf,
  parseDatasetText,
  planHandOff,
} from '../../../src/data/hand-off';
import { makeDataset, makeSyntheticDataset } from '../../fixtures/make-dataset';

/** A dataset whose events include records validation has to change or drop. */
function datasetWithRepairs() {
  const dataset = makeSyntheticDataset(300, 3);
  const [a, b, c, d, e] = dataset.events;
  Object.assign(a!, { people: [...(a!.people ?? []), 'nobody-known'] });
  Object.assign(b!, { extra: 'an unknown field, which validation strips' });
  Object.assign(c!, { related: ['no-such-event'] });
  Object.assign(d!, {
    sources: [{ url: 'javascript:alert(1)', title: 'bad link' }, ...d!.sources],
  });
  Object.assign(e!, { kind: 'no-such-kind' });
  return dataset;
}

/** What the page ends up with: the worker's plan applied to the page's own parse of `text`. */
function handOver(text: string) {
  const workerFile = parseDatasetText(text);
  const decoded = decodeDataset(workerFile);
  if (!decoded.ok) throw new Error('expected a dataset');
  const plan = planHandOff(decoded.catalog.events, fileEventsOf(workerFile));
  const patches = JSON.parse(JSON.stringify(plan.patches));
  const pageEvents = assembleEvents({ ...plan, patches }, fileEventsOf(parseDatasetText(text)));
  return { decoded, plan, pageEvents };
}

describe('the hand-off from the worker to the page', () => {
  it('gives the page the same events as validation, taking unchanged ones from its own parse', () => {
    const file = datasetWithRepairs();
    const { decoded, plan, pageEvents } = handOver(JSON.stringify(file));
    expect(isDeepStrictEqual(pageEvents, decoded.catalog.events)).toBe(true);
    // Exactly the records validation changed travel as patches: the four repaired here (the
    // fifth was dropped), plus any whose related events included the dropped one.
    const fileRecord = new Map(file.events.map((event) => [event.id, event]));
    const patched = new Set(plan.patches.map((event) => event.id));
    for (const event of decoded.catalog.events)
      expect(isDeepStrictEqual(fileRecord.get(event.id), event), event.id).toBe(
        !patched.has(event.id),
      );
    for (const repaired of file.events.slice(0, 4)) expect(patched.has(repaired.id)).toBe(true);
    expect(plan.patches.some((event) => 'extra' in event)).toBe(false);
    expect(pageEvents.find((event) => event.id === file.events[4]!.id)).toBeUndefined();
  });

  it('sends every record when the page has no parse of the file (CSV, or a failed parse)', () => {
    const decoded = decodeDataset(makeDataset());
    if (!decoded.ok) throw new Error('expected a dataset');
    const plan = planHandOff(decoded.catalog.events, null);
    expect(Array.from(plan.sourceIndex).every((index) => index === -1)).toBe(true);
    expect(assembleEvents(plan, null)).toEqual(decoded.catalog.events);
  });

  it('fails loudly rather than show other events when the page lacks a record', () => {
    const { plan } = handOver(JSON.stringify(makeDataset()));
    const pageFile = fileEventsOf(makeDataset())!;
    expect(() => assembleEvents(plan, null)).toThrow(/could not be read/);
    // A record is looked up when it is read: the missing ones fail then.
    const short = assembleEvents(plan, pageFile.slice(0, 1));
    expect(() => short.map((event) => event.id)).toThrow(/could not be read/);
    const decoded = decodeDataset(makeDataset());
    if (!decoded.ok) throw new Error('expected a dataset');
    expect(() =>
      assembleEvents({ ...plan, patches: [...plan.patches, decoded.catalog.events[0]!] }, pageFile),
    ).toThrow(/inconsistent/);
  });

  it('reads the file batch by batch, only as records are read, and behaves as an array', () => {
    const file = datasetWithRepairs();
    const text = JSON.stringify(file);
    const { decoded, plan } = handOver(text);
    const parses: number[] = [];
    const batches = new FileBatches();
    const records = JSON.stringify(file.events).slice(1, -1);
    // Cut the records into batches of 50, as the worker's stream does.
    const items = JSON.parse(`[${records}]`) as unknown[];
    for (let first = 0; first < items.length; first += 50) {
      const batch = items.slice(first, first + 50);
      batches.add(JSON.stringify(batch).slice(1, -1), batch.length);
    }
    const parse = JSON.parse;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => (parses.push(1), parse(...args));
    try {
      const patches = parse(JSON.stringify(plan.patches)) as typeof plan.patches;
      const events = assembleEvents({ ...plan, patches }, batches);
      expect(parses).toHaveLength(0);
      expect(events.length).toBe(decoded.catalog.events.length);
      expect(events[10]).toEqual(decoded.catalog.events[10]);
      expect(parses).toHaveLength(1);
      expect(events[10]).toBe(events[10]);

      expect(Array.isArray(events)).toBe(true);
      expect(5 in events).toBe(true);
      expect(events.length in events).toBe(false);
      expect(events.map((event) => event.id)).toEqual(decoded.catalog.events.map((e) => e.id));
      expect([...events]).toEqual(decoded.catalog.events);
      expect(Object.keys(events)).toHaveLength(events.length);
      expect(parse(JSON.stringify(events))).toEqual(decoded.catalog.events);
      expect(parses.length).toBeLessThanOrEqual(Math.ceil(items.length / 50));
    } finally {
      JSON.parse = parse;
    }
  });

  it('refuses a batch whose records the page counts differently from the worker', () => {
    const batches = new FileBatches();
    batches.add('{"a":1},{"a":2}', 3);
    expect(batches.length).toBe(3);
    expect(() => batches.at(0)).toThrow(/could not be read/);
    expect(batches.at(3)).toBeUndefined();
  });

  it("keeps records validation did not change as the file's own objects, and never alters the file", () => {
    const file = datasetWithRepairs();
    const snapshot = structuredClone(file);
    const decoded = decodeDataset(deepFreeze(file));
    expect(decoded.ok).toBe(true);
    expect(file).toEqual(snapshot);
    if (!decoded.ok) return;
    const fileRecords = new Set<unknown>(file.events);
    const kept = decoded.catalog.events.filter((event) => fileRecords.has(event));
    // All but the five broken records and those that pointed at the dropped one.
    const pointedAtDropped = file.events.filter((event) =>
      event.related?.includes(file.events[4]!.id),
    ).length;
    expect(kept).toHaveLength(file.events.length - 5 - pointedAtDropped);
  });
});

describe('decoding a file streamed in batches', () => {
  it('gives the same Catalog and warnings as decoding the whole file', () => {
    const text = JSON.stringify(datasetWithRepairs(), null, 1);
    const decoder = createEventDecoder();
    const stream = new FileEventsStream(
      (items, firstIndex) =>
        items.forEach((item, offset) => decoder.add(item, firstIndex + offset)),
      37,
    );
    for (let from = 0; from < text.length; from += 4096) stream.push(text.slice(from, from + 4096));
    const streamed = finishStreamedFile(text, stream, decoder.result);
    expect(streamed).not.toBeNull();
    const fromStream = decodeFile(text, 'https://data.example/events.json', { streamed });
    const whole = decodeFile(text, 'https://data.example/events.json');
    expect(fromStream.loaded.warnings).toEqual(whole.loaded.warnings);
    expect(fromStream.loaded.catalog).toEqual(whole.loaded.catalog);
    expect(fileEventsOf(fromStream.fileJson)).toEqual(fileEventsOf(whole.fileJson));
  });

  it('decodes a file named .csv as CSV even when its events streamed', () => {
    const text = JSON.stringify(makeDataset());
    const decoder = createEventDecoder();
    const stream = new FileEventsStream((items, firstIndex) =>
      items.forEach((item, offset) => decoder.add(item, firstIndex + offset)),
    );
    stream.push(text);
    const streamed = finishStreamedFile(text, stream, decoder.result);
    expect(() => decodeFile(text, 'https://data.example/events.csv', { streamed })).toThrow();
  });

  it('refuses a streamed file in another encoding, as the Open data dialog does', () => {
    // Russian text saved as Windows-1251 and read as UTF-8: JSON still parses, every letter
    // turned into U+FFFD.
    const garbled = { ...makeDataset(), title: { en: 'Events', ru: '\uFFFD\uFFFD\uFFFD\uFFFD' } };
    const text = JSON.stringify(garbled);
    const decoder = createEventDecoder();
    const stream = new FileEventsStream((items, firstIndex) =>
      items.forEach((item, offset) => decoder.add(item, firstIndex + offset)),
    );
    stream.push(text);
    const streamed = finishStreamedFile(text, stream, decoder.result);
    expect(streamed).not.toBeNull();
    let error: unknown;
    try {
      decodeFile(text, 'https://data.example/events.json', { streamed });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ reason: { type: 'import', error: { code: 'not-utf-8' } } });
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
