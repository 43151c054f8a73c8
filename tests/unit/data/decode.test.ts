import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import type { DecodeErrorCode } from '../../../src/data/decode-result';
import type { Dataset } from '../../../src/data/schema';
import { decodeFixture, makeDataset, makeSyntheticDataset } from '../../fixtures/make-dataset';

function expectError(input: unknown, code: DecodeErrorCode) {
  const result = decodeDataset(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  expect(result.error.code).toBe(code);
  // One clear error: a few readable problems, never an empty explanation or a flood.
  expect(result.error.problems.length).toBeGreaterThan(0);
  expect(result.error.problems.length).toBeLessThanOrEqual(5);
  for (const problem of result.error.problems) expect(problem).toMatch(/\S/);
  return result.error;
}

function eventIds(raw: unknown): string[] {
  return decodeFixture(raw).catalog.events.map((event) => event.id);
}

describe('decodeDataset: files that are not a dataset', () => {
  it('reports text that is not JSON', () => {
    expectError('{ this is not json', 'not-json');
  });

  it('reports a truncated download as not JSON', () => {
    const text = JSON.stringify(makeDataset());
    expectError(text.slice(0, Math.floor(text.length / 2)), 'not-json');
  });

  it('reports an empty file as not JSON', () => {
    expectError('', 'not-json');
  });

  it('quotes the engine on broken JSON, which says where it broke', () => {
    expect(expectError('{"a": }', 'not-json').problems[0]).toMatch(/JSON/);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"events"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('rejects %s at the top level', (_, text) => {
    expect(expectError(text, 'not-dataset').problems[0]).toMatch(/expected an object/);
  });

  it('names the field that has the wrong shape', () => {
    const error = expectError({ ...makeDataset(), events: { 'acme-founded': {} } }, 'not-dataset');
    expect(error.problems.join('\n')).toMatch(/^events: expected an array/m);
  });

  it('rejects a dataset without a title', () => {
    const rest: Partial<Dataset> = makeDataset();
    delete rest.title;
    expect(expectError(rest, 'not-dataset').problems.join('\n')).toMatch(/title/);
  });

  it('reports a missing schemaVersion', () => {
    const rest: Partial<Dataset> = makeDataset();
    delete rest.schemaVersion;
    expect(expectError(rest, 'not-dataset').problems[0]).toMatch(/schemaVersion/);
  });

  it('reports a newer schemaVersion as unsupported, naming the version', () => {
    const error = expectError({ ...makeDataset(), schemaVersion: 2 }, 'unsupported-version');
    expect(error.problems[0]).toMatch(/schemaVersion: 2/);
  });

  it('accepts the same dataset as text or as a parsed value', () => {
    const raw = makeDataset();
    expect(eventIds(JSON.stringify(raw))).toEqual(eventIds(raw));
  });
});

describe('decodeDataset: bad records are left out, the rest loads', () => {
  it('loads the fixture without warnings', () => {
    const { catalog, warnings } = decodeFixture(makeDataset());
    expect(warnings).toEqual([]);
    expect(catalog.events).toHaveLength(makeDataset().events.length);
  });

  it('skips one bad record among many and names it', () => {
    const raw = makeSyntheticDataset(1000, 7);
    (raw.events[500] as { date: string }).date = '2025-02-30';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.events).toHaveLength(999);
    expect(catalog.indexById.has('event-500')).toBe(false);
    expect(catalog.indexById.has('event-499')).toBe(true);
    expect(catalog.indexById.has('event-501')).toBe(true);
    expect(warnings).toEqual([
      expect.objectContaining({
        record: 'event',
        id: 'event-500',
        code: 'invalid-record',
        skipped: true,
      }),
    ]);
    expect(warnings[0]!.detail).toMatch(/^date: /);
  });

  it('names a record without a usable id by its position', () => {
    const raw = makeDataset();
    (raw.events as unknown[]).splice(2, 0, {
      title: 'No id',
      date: '2020',
      kind: 'launch',
      sources: [],
    });
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.events).toHaveLength(makeDataset().events.length);
    expect(warnings).toEqual([
      expect.objectContaining({ id: '#3', code: 'invalid-record', skipped: true }),
    ]);
  });

  it('keeps the first of two events with the same id', () => {
    const raw = makeDataset();
    raw.events.push({ ...raw.events[0]!, title: 'An impostor', date: '2030' });
    const { catalog, warnings } = decodeFixture(raw);
    const index = catalog.indexById.get('acme-founded')!;
    expect(catalog.events[index]!.title).toEqual(makeDataset().events[0]!.title);
    expect(catalog.events.filter((event) => event.id === 'acme-founded')).toHaveLength(1);
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'acme-founded', code: 'duplicate-id', skipped: true }),
    ]);
  });

  it('skips duplicate people and kinds too', () => {
    const raw = makeDataset();
    raw.people.push({ id: 'alice-chen', name: 'Another Alice' });
    raw.kinds.push({ id: 'launch', label: 'Launch again' });
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.people.filter((person) => person.id === 'alice-chen')).toEqual([
      makeDataset().people[0],
    ]);
    expect(catalog.kinds).toHaveLength(4);
    expect(warnings.map((warning) => [warning.record, warning.code])).toEqual([
      ['kind', 'duplicate-id'],
      ['person', 'duplicate-id'],
    ]);
  });

  it('skips an event whose kind the dataset does not declare', () => {
    const raw = makeDataset();
    raw.events[6]!.kind = 'rumour';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.indexById.has('colossus-online')).toBe(false);
    expect(catalog.events).toHaveLength(makeDataset().events.length - 1);
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'colossus-online', code: 'unknown-kind', skipped: true }),
    ]);
    expect(warnings[0]!.detail).toContain('rumour');
  });

  it('strips unknown people and organizations from an event but keeps the event', () => {
    const raw = makeDataset();
    raw.events[0]!.people = ['alice-chen', 'nobody-known'];
    raw.events[0]!.organizations = ['ghost-org', 'acme-ai'];
    const { catalog, warnings } = decodeFixture(raw);
    const event = catalog.events[catalog.indexById.get('acme-founded')!]!;
    expect(event.people).toEqual(['alice-chen']);
    expect(event.organizations).toEqual(['acme-ai']);
    expect(catalog.eventsByPerson.has('nobody-known')).toBe(false);
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'acme-founded', code: 'unknown-reference', skipped: false }),
      expect.objectContaining({ id: 'acme-founded', code: 'unknown-reference', skipped: false }),
    ]);
    expect(warnings.map((warning) => warning.detail).join('\n')).toMatch(
      /nobody-known[\s\S]*ghost-org/,
    );
  });

  it('strips affiliations and related links that point nowhere', () => {
    const raw = makeDataset();
    raw.people[1]!.affiliations!.push({ org: 'ghost-org', start: '2020' });
    raw.events[2]!.related = ['open-horizon-founded', 'deleted-event'];
    const { catalog, warnings } = decodeFixture(raw);
    const boris = catalog.people.find((person) => person.id === 'boris-ivanov')!;
    expect(boris.affiliations!.map((affiliation) => affiliation.org)).toEqual([
      'acme-ai',
      'open-horizon',
    ]);
    expect(catalog.events[catalog.indexById.get('boris-leaves-acme')!]!.related).toEqual([
      'open-horizon-founded',
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ record: 'person', id: 'boris-ivanov', code: 'unknown-reference' }),
      expect.objectContaining({
        record: 'event',
        id: 'boris-leaves-acme',
        code: 'unknown-reference',
      }),
    ]);
  });

  it('drops a related link to an event that was itself skipped, so no link leads nowhere', () => {
    const raw = makeDataset();
    raw.events[3]!.date = 'soon'; // open-horizon-founded, which boris-leaves-acme links to
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.events[catalog.indexById.get('boris-leaves-acme')!]!.related).toEqual([]);
    expect(warnings.map((warning) => [warning.id, warning.code])).toEqual([
      ['open-horizon-founded', 'invalid-record'],
      ['boris-leaves-acme', 'unknown-reference'],
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://files.example/report'],
    ['//news.example/no-scheme'],
    ['not a url'],
    // The URL parser drops line breaks, but an export writes one address per line.
    ['https://news.example/a\nhttps://evil.example/phish'],
    ['https://news.example/\ta'],
  ])('strips a source with the URL %j and keeps the event and its other sources', (url) => {
    const raw = makeDataset();
    const good = raw.events[2]!.sources[1]!;
    raw.events[2]!.sources[0]!.url = url;
    const { catalog, warnings } = decodeFixture(raw);
    const event = catalog.events[catalog.indexById.get('boris-leaves-acme')!]!;
    expect(event.sources).toEqual([good]);
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'boris-leaves-acme', code: 'invalid-source', skipped: false }),
    ]);
    expect(warnings[0]!.detail).toMatch(/^sources\.0: /);
  });

  it('accepts http and https source URLs in any letter case', () => {
    const raw = makeDataset();
    raw.events[2]!.sources[0]!.url = 'HTTPS://News.Example/a';
    raw.events[2]!.sources[1]!.url = 'http://news.example/b';
    const { catalog, warnings } = decodeFixture(raw);
    expect(warnings).toEqual([]);
    expect(catalog.events[catalog.indexById.get('boris-leaves-acme')!]!.sources).toHaveLength(2);
  });

  it('drops an endDate before the date, showing the event as a single date', () => {
    const raw = makeDataset();
    raw.events[4]!.endDate = '2019-12'; // atlas-beta starts 2020-03
    const { catalog, warnings } = decodeFixture(raw);
    const index = catalog.indexById.get('atlas-beta')!;
    expect(catalog.events[index]!.endDate).toBeUndefined();
    expect(catalog.endMs[index]).toBe(Date.UTC(2020, 3, 1));
    expect(warnings).toEqual([
      expect.objectContaining({ id: 'atlas-beta', code: 'end-before-start', skipped: false }),
    ]);
  });

  it('keeps a span that ends within a coarser period of its start', () => {
    const raw = makeDataset();
    raw.events[4]!.endDate = '2020'; // from March 2020 to the end of 2020
    const { catalog, warnings } = decodeFixture(raw);
    expect(warnings).toEqual([]);
    expect(catalog.endMs[catalog.indexById.get('atlas-beta')!]).toBe(Date.UTC(2021, 0, 1));
  });

  it('reports each problem in a record once, in words that name the field', () => {
    const raw = makeDataset();
    (raw.events[5] as { importance: number }).importance = 7;
    const { warnings } = decodeFixture(raw);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.detail).toMatch(/^importance: /);
  });

  it('loads a dataset that has no events at all', () => {
    const { catalog, warnings } = decodeFixture({ ...makeDataset(), events: [] });
    expect(warnings).toEqual([]);
    expect(catalog.events).toEqual([]);
    expect(catalog.extentMs).toEqual([0, 0]);
  });
});

describe('decodeDataset: hostile keys', () => {
  const hostile = JSON.stringify(makeDataset())
    // JSON.stringify drops a literal __proto__, so write the keys into the text the way an attacker would.
    .replace(
      '{',
      '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},',
    )
    .replace(
      '"title":"Report: acme-founded"',
      '"title":"Report: acme-founded","__proto__":{"polluted":"source"}',
    )
    .replace('"id":"alice-chen"', '"id":"alice-chen","__proto__":{"polluted":"person"}')
    .replace(
      '"en":"Acme AI is founded"',
      '"en":"Acme AI is founded","__proto__":"x","constructor":"y"',
    );

  it('decodes JSON with own __proto__ and constructor keys without polluting Object.prototype', () => {
    const parsed = JSON.parse(hostile) as { people: object[] };
    expect(
      Object.hasOwn(parsed, '__proto__') && Object.hasOwn(parsed.people[0]!, '__proto__'),
    ).toBe(true);
    expect(hostile).toContain('"constructor":"y"');
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { catalog } = decodeFixture(hostile);
    expect(catalog.events.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(catalog.indexById.has('acme-founded')).toBe(true);
  });

  it('accepts ids that are names of Object.prototype members', () => {
    const raw = makeDataset();
    raw.kinds.push({ id: 'constructor', label: 'Constructor' });
    raw.people.push(
      { id: 'to-string', name: 'toString' },
      { id: 'constructor', name: 'Constructor' },
    );
    raw.events.push({
      id: 'constructor',
      date: '2020',
      kind: 'constructor',
      title: 'An event named constructor',
      people: ['constructor', 'to-string'],
      sources: [],
    });
    const { catalog, warnings } = decodeFixture(raw);
    expect(warnings).toEqual([]);
    const index = catalog.indexById.get('constructor')!;
    expect(catalog.events[index]!.title).toBe('An event named constructor');
    expect([...catalog.eventsByPerson.get('constructor')!]).toEqual([index]);
    expect([...catalog.eventsByKind[catalog.kindIndexById.get('constructor')!]!]).toEqual([index]);
    // An unknown id that happens to be a prototype member is still unknown.
    expect(catalog.eventsByPerson.has('hasOwnProperty')).toBe(false);
  });

  it('keeps a kind and its events when only its colour is unusable', () => {
    const raw = makeDataset();
    const kind = raw.kinds[0]!;
    (kind as { color?: string }).color = '#fff';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.kinds.map((candidate) => candidate.id)).toContain(kind.id);
    expect(catalog.kinds.find((candidate) => candidate.id === kind.id)!.color).toBeUndefined();
    expect(catalog.eventsByKind[catalog.kindIndexById.get(kind.id)!]!.length).toBeGreaterThan(0);
    expect(warnings).toEqual([
      expect.objectContaining({ record: 'kind', id: kind.id, skipped: false }),
    ]);
  });
});
