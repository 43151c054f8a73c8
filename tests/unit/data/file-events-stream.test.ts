// Reading a file's event records batch by batch while its text arrives must give exactly what
// one JSON.parse of the whole text gives, or give up so that the whole text is parsed instead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileEventsStream } from '../../../src/data/file-events-stream';

/** Feeds `text` to a new stream in pieces cut at `cuts` (character offsets). */
function readInPieces(text: string, cuts: number[] = [], batchSize?: number) {
  // A small batch size makes even short texts cross batch boundaries.
  const stream = new FileEventsStream(undefined, batchSize);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    stream.push(text.slice(from, cut));
    from = cut;
  }
  stream.push(text.slice(from));
  return { scan: stream.finish(), events: stream.events };
}

const cutsFor = (text: string) =>
  fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 });

describe('FileEventsStream', () => {
  it('reads the events of any JSON object, cut anywhere, exactly as JSON.parse does (or gives up)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 6 }).filter((key) => key !== 'events'),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 3 },
        ),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
        fc.constantFrom(undefined, 2, ' ', '\t'),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (others, events, indent, batchSize, seed) => {
          const text = JSON.stringify({ ...others, events }, null, indent);
          const cuts = fc.sample(cutsFor(text), { numRuns: 1, seed })[0]!;
          const { scan, events: read } = readInPieces(text, cuts, batchSize);
          // It only gives up on keys written with escapes, which it does not decode.
          const escapedKey = Object.keys(others).some((key) => JSON.stringify(key).includes('\\'));
          if (scan === null) {
            expect(escapedKey).toBe(true);
            return;
          }
          expect(read).toEqual(JSON.parse(text).events);
          expect(JSON.parse(text.slice(scan.openIndex, scan.closeIndex + 1))).toEqual(
            JSON.parse(text).events,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps strings with quotes, backslashes, brackets and commas whole, even cut in the middle', () => {
    const events = [
      { id: 'a', title: 'say "hi", [then] {leave} \\', more: '\\"' },
      { id: 'b\\', title: '],{' },
    ];
    const text = JSON.stringify({ title: 'x", "events": [1]', events });
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut + 1, cut + 2, cut + 5]) {
        const { scan, events: read } = readInPieces(text, [cut, Math.min(second, text.length)], 1);
        expect(scan, `cut at ${cut}, ${second}`).not.toBeNull();
        expect(read).toEqual(events);
      }
    }
  });

  it('reads an empty events array as no records', () => {
    const { scan, events } = readInPieces('{ "events" : [ \n ], "title": "t" }');
    expect(scan).not.toBeNull();
    expect(events).toEqual([]);
  });

  it.each([
    [
      'a second "events" key (JSON.parse keeps the last)',
      '{"events":[1],"title":"t","events":[2]}',
    ],
    ['a key written with escapes', '{"ev\\u0065nts":[1]}'],
    ['"events" that is not an array', '{"events":{"a":1}}'],
    ['a top-level array', '[{"events":[1]}]'],
    ['no events at all', '{"title":"t"}'],
    ['an unfinished file', '{"events":[{"id":"a"},'],
    ['a trailing comma', '{"events":[{"id":"a"},]}'],
    ['an empty item', '{"events":[1,,2]}'],
    ['an item that does not parse', '{"events":[{"id":"a"},{id:"b"}]}'],
  ])('gives up on %s', (_name, text) => {
    expect(readInPieces(text, [], 1).scan).toBeNull();
  });

  it('hands each batch to its listener with the index of its first record', () => {
    const seen: { firstIndex: number; count: number; text: string }[] = [];
    const stream = new FileEventsStream((items, firstIndex, text) =>
      seen.push({ firstIndex, count: items.length, text }),
    );
    const events = Array.from({ length: 4500 }, (_, i) => ({ id: `e${i}` }));
    const text = JSON.stringify({ events });
    stream.push(text.slice(0, 1000));
    stream.push(text.slice(1000));
    expect(stream.finish()).not.toBeNull();
    expect(seen.map(({ firstIndex, count }) => [firstIndex, count])).toEqual([
      [0, 2000],
      [2000, 2000],
      [4000, 500],
    ]);
    // The page parses the very same text: it must give the same records.
    expect(seen.flatMap(({ text }) => JSON.parse(`[${text}]`))).toEqual(events);
  });
});
