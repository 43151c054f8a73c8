// The filtered events as files: JSON in the dataset format (reloads in the app) and CSV
// in the documented import columns (opens again as the same events).
import Papa from 'papaparse';
import type { Catalog } from '../data/catalog';
import { CSV_COLUMNS, type CsvColumn } from '../data/import/csv-columns';
import type { Dataset, Text, TimelineEvent } from '../data/schema';
import { resolveText } from '../i18n/resolve-text';

/** A dataset holding only the given events and the kinds, people and orgs they mention. */
export function selectDataset(catalog: Catalog, indexes: ArrayLike<number>): Dataset {
  const events = pickEvents(catalog, indexes);
  const eventIds = new Set(events.map((event) => event.id));
  const kindIds = new Set(events.map((event) => event.kind));
  const personIds = new Set(events.flatMap((event) => event.people ?? []));
  const orgIds = new Set(events.flatMap((event) => event.organizations ?? []));
  return {
    schemaVersion: 1,
    title: catalog.title,
    ...(catalog.description === undefined ? {} : { description: catalog.description }),
    languages: catalog.languages,
    kinds: catalog.kinds.filter((kind) => kindIds.has(kind.id)),
    // References to records left out would only come back as decoder warnings.
    people: catalog.people
      .filter((person) => personIds.has(person.id))
      .map((person) =>
        person.affiliations
          ? {
              ...person,
              affiliations: person.affiliations.filter((affiliation) =>
                orgIds.has(affiliation.org),
              ),
            }
          : person,
      ),
    organizations: catalog.organizations.filter((org) => orgIds.has(org.id)),
    events: events.map((event) =>
      event.related ? { ...event, related: event.related.filter((id) => eventIds.has(id)) } : event,
    ),
  };
}

export function exportEventsJson(catalog: Catalog, indexes: ArrayLike<number>): string {
  return `${JSON.stringify(selectDataset(catalog, indexes), null, 2)}\n`;
}

/**
 * CSV with both languages in their own columns, so the UI language does not change the file.
 * People, organizations and kinds are written by English name: the importer derives the
 * same kebab-case ids from them. Cells that a spreadsheet would run as a formula get a "'"
 * prefix (OWASP CSV injection advice); the importer removes one again.
 */
export function exportEventsCsv(catalog: Catalog, indexes: ArrayLike<number>): string {
  const names = createNameLookup(catalog);
  const rows = pickEvents(catalog, indexes).map((event) => toCsvRow(event, names));
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) },
    {
      // The importer takes one "'" off any cell that starts with quotes and then a formula
      // character, so every such cell gets one, or reading it back would lose one of its own.
      escapeFormulae: /^'*[=+\-@\t\r]/,
      newline: '\r\n',
    },
  );
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
