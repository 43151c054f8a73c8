// The filtered events as files: JSON in the dataset format (reloads in the app) and CSV
// in the documented import columns (opens again as the same events).
import Papa from 'papaparse';
import type { Catalog } from '../data/catalog';
import { CSV_COLUMNS, type CsvColumn } from '../data/import/csv-columns';
import type { Dataset, Text, TimelineEvent } from '../data/schema';
import { resolveText } from '../i18n/resolve-text';
import { collectInSlices } from '../lib/yield-to-browser';

/** Events written per part of a file: a part takes a few milliseconds to make. */
const EVENTS_PER_PART = 500;

/** The events a part at a time, with where each part starts. */
function* partsOf<T>(items: readonly T[]): Generator<{ part: T[]; from: number }> {
  for (let from = 0; from < items.length; from += EVENTS_PER_PART)
    yield { part: items.slice(from, from + EVENTS_PER_PART), from };
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json';

/** What the chosen events mention, so that the file keeps only what they need. */
interface Mentions {
  events: Set<string>;
  kinds: Set<string>;
  people: Set<string>;
  orgs: Set<string>;
}

function addMentions(mentions: Mentions, events: readonly TimelineEvent[]): void {
  for (const event of events) {
    mentions.events.add(event.id);
    mentions.kinds.add(event.kind);
    for (const id of event.people ?? []) mentions.people.add(id);
    for (const id of event.organizations ?? []) mentions.orgs.add(id);
  }
}

const noMentions = (): Mentions => ({
  events: new Set(),
  kinds: new Set(),
  people: new Set(),
  orgs: new Set(),
});

/** A dataset holding only the given events and the kinds, people and orgs they mention. */
export function selectDataset(catalog: Catalog, indexes: ArrayLike<number>): Dataset {
  const events = pickEvents(catalog, indexes);
  const mentions = noMentions();
  addMentions(mentions, events);
  return {
    ...datasetAround(catalog, mentions),
    events: events.map((event) => withKnownRelated(event, mentions)),
  };
}

/** The dataset's fields but its events: the kinds, people and orgs they mention. */
function datasetAround(catalog: Catalog, mentions: Mentions): Omit<Dataset, 'events'> {
  return {
    schemaVersion: 1,
    title: catalog.title,
    ...(catalog.description === undefined ? {} : { description: catalog.description }),
    languages: catalog.languages,
    kinds: catalog.kinds.filter((kind) => mentions.kinds.has(kind.id)),
    // References to records left out would only come back as decoder warnings.
    people: catalog.people
      .filter((person) => mentions.people.has(person.id))
      .map((person) =>
        person.affiliations
          ? {
              ...person,
              affiliations: person.affiliations.filter((affiliation) =>
                mentions.orgs.has(affiliation.org),
              ),
            }
          : person,
      ),
    organizations: catalog.organizations.filter((org) => mentions.orgs.has(org.id)),
  };
}

function withKnownRelated(event: TimelineEvent, mentions: Mentions): TimelineEvent {
  return event.related
    ? { ...event, related: event.related.filter((id) => mentions.events.has(id)) }
    : event;
}

export function exportEventsJson(catalog: Catalog, indexes: ArrayLike<number>): string {
  return [...jsonParts(catalog, indexes)].join('');
}

/**
 * The same file, made and encoded a slice at a time with the page free between slices: for
 * 100,000 events it took a second in one go.
 */
export function exportEventsJsonFile(catalog: Catalog, indexes: ArrayLike<number>): Promise<Blob> {
  return fileInSlices(jsonParts(catalog, indexes), JSON_TYPE);
}

/**
 * JSON.stringify(selectDataset(...), null, 2), written an event at a time: what the events
 * mention first, then the dataset's other fields, then each event indented as it would be two
 * levels down. An empty part marks a pause between two steps of the same kind.
 */
function* jsonParts(catalog: Catalog, indexes: ArrayLike<number>): Generator<string> {
  const events = pickEvents(catalog, indexes);
  const mentions = noMentions();
  for (const { part } of partsOf(events)) {
    addMentions(mentions, part);
    yield '';
  }
  const head = JSON.stringify(datasetAround(catalog, mentions), null, 2);
  if (events.length === 0) {
    yield `${head.slice(0, -2)},\n  "events": []\n}\n`;
    return;
  }
  yield `${head.slice(0, -2)},\n  "events": [`;
  for (const { part, from } of partsOf(events)) {
    yield part
      .map((event, offset) => {
        const json = JSON.stringify(withKnownRelated(event, mentions), null, 2);
        return `${from + offset === 0 ? '' : ','}\n    ${json.replaceAll('\n', '\n    ')}`;
      })
      .join('');
  }
  yield '\n  ]\n}\n';
}

/**
 * CSV with both languages in their own columns, so the UI language does not change the file.
 * People, organizations and kinds are written by English name: the importer derives the
 * same kebab-case ids from them. Cells that a spreadsheet would run as a formula get a "'"
 * prefix (OWASP CSV injection advice); the importer removes one again.
 */
export function exportEventsCsv(catalog: Catalog, indexes: ArrayLike<number>): string {
  return [...csvParts(catalog, indexes)].join('');
}

/**
 * The same file, made and encoded a slice at a time (100,000 events took 1.5 s in one go), after
 * a byte-order mark: with it Excel reads the file as UTF-8, and Russian text stays readable.
 */
export function exportEventsCsvFile(catalog: Catalog, indexes: ArrayLike<number>): Promise<Blob> {
  return fileInSlices(withByteOrderMark(csvParts(catalog, indexes)), CSV_TYPE);
}

function* withByteOrderMark(parts: Iterable<string>): Generator<string> {
  yield '\uFEFF';
  yield* parts;
}

/** Encodes each part as it is made: encoding a whole 60 MB file at once is a long task too. */
async function fileInSlices(parts: Iterable<string>, type: string): Promise<Blob> {
  function* encoded(): Generator<Blob> {
    // Empty parts too: each is a point where the work may pause.
    for (const part of parts) yield new Blob([part]);
  }
  return new Blob(await collectInSlices(encoded()), { type });
}

const CSV_OPTIONS = {
  // The importer takes one "'" off any cell that starts with quotes and then a formula
  // character, so every such cell gets one, or reading it back would lose one of its own.
  escapeFormulae: /^'*[=+\-@\t\r]/,
  newline: '\r\n',
} as const;

function* csvParts(catalog: Catalog, indexes: ArrayLike<number>): Generator<string> {
  yield Papa.unparse({ fields: [...CSV_COLUMNS], data: [] }, CSV_OPTIONS);
  const names = createNameLookup(catalog);
  const events = pickEvents(catalog, indexes);
  for (const { part, from } of partsOf(events)) {
    const rows = part
      .map((event) => toCsvRow(event, names))
      .map((row) => CSV_COLUMNS.map((column) => row[column]));
    // The header ends its line; the rows of one part do not end their last.
    yield `${from === 0 ? '' : '\r\n'}${Papa.unparse(rows, { ...CSV_OPTIONS, header: false })}`;
  }
}

function toCsvRow(
  event: TimelineEvent,
  names: (kind: 'person' | 'org' | 'kind', id: string) => string,
) {
  const row: Record<CsvColumn, string> = {
    id: event.id,
    date: event.date,
    end_date: event.endDate ?? '',
    kind: names('kind', event.kind),
    title: resolveText(event.title, 'en'),
    title_ru: russianOf(event.title),
    summary: resolveText(event.summary, 'en'),
    summary_ru: russianOf(event.summary),
    people: (event.people ?? []).map((id) => names('person', id)).join('; '),
    organizations: (event.organizations ?? []).map((id) => names('org', id)).join('; '),
    tags: (event.tags ?? []).join('; '),
    // One source per line, in the same order in every source_* column.
    source_url: event.sources.map((source) => source.url).join('\n'),
    source_title: event.sources.map((source) => oneLine(source.title)).join('\n'),
    source_publisher: event.sources.map((source) => oneLine(source.publisher ?? '')).join('\n'),
    source_date: event.sources.map((source) => source.date ?? '').join('\n'),
    importance: event.importance === undefined ? '' : String(event.importance),
  };
  // A cell of empty lines reads as noise in a spreadsheet; an empty cell says the same.
  for (const column of ['source_publisher', 'source_date'] as const)
    if (row[column].trim() === '') row[column] = '';
  return row;
}

function createNameLookup(catalog: Catalog) {
  const maps = {
    person: new Map(catalog.people.map((person) => [person.id, person.name] as const)),
    org: new Map(catalog.organizations.map((org) => [org.id, org.name] as const)),
    kind: new Map(catalog.kinds.map((kind) => [kind.id, kind.label] as const)),
  };
  return (type: keyof typeof maps, id: string) => {
    const text = maps[type].get(id);
    return text === undefined ? id : oneLine(resolveText(text, 'en')).replace(/;/g, ',');
  };
}

function pickEvents(catalog: Catalog, indexes: ArrayLike<number>): TimelineEvent[] {
  return Array.from(indexes, (index) => catalog.events[index]).filter(
    (event): event is TimelineEvent => !!event,
  );
}

function russianOf(text: Text | undefined): string {
  return typeof text === 'object' && typeof text.ru === 'string' ? text.ru : '';
}

function oneLine(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, ' ');
}
