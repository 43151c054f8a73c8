// CSV (documented columns, see csv-columns.ts) -> a raw dataset for decodeDataset.
import Papa from 'papaparse';
import {
  CSV_COLUMNS,
  DEFAULT_KIND,
  REQUIRED_CSV_COLUMNS,
  normalizeHeader,
  unescapeFormula,
} from './csv-columns';
import { dropUnusedEntities } from './drop-unused-entities';
import { createEntityRegistry, splitList, type EntityRegistry } from './entity-registry';
import { hostnameOf } from './hostname-of';
import { importFailure, type ImportResult } from './import-result';
import { normalizeDate } from './normalize-date';
import { createIdAllocator, toKebabId } from './to-kebab-id';

type Row = Record<string, string | undefined>;

export interface CsvImportOptions {
  /** The dataset title, e.g. the file name; "Imported events" when absent. */
  title?: string;
}

export function parseCsvDataset(text: string, options: CsvImportOptions = {}): ImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return importFailure('csv', 'empty', '');
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: normalizeHeader,
    // The formula guard comes off first: the exporter put it at the very start of the cell.
    // A source_* cell holds one line per source, and a source without a date or publisher is
    // an empty line that must stay, or the lines after it would pair with the wrong source.
    transform: (value, field) => {
      const unguarded = unescapeFormula(value);
      return String(field).startsWith('source_') ? unguarded : unguarded.trim();
    },
  });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row === undefined ? '' : `row ${quoteError.row + 1}: `;
    return importFailure('csv', 'csv-syntax', `${row}${quoteError.message}`);
  }
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !fields.includes(column));
  if (missing.length > 0) {
    const known = fields.filter((field) => (CSV_COLUMNS as readonly string[]).includes(field));
    return importFailure(
      'csv',
      'csv-missing-columns',
      `missing: ${missing.join(', ')}; found: ${fields.join(', ') || 'nothing'}${known.length === 0 ? ' (is the first line the header?)' : ''}`,
    );
  }
  if (parsed.data.length === 0)
    return importFailure('csv', 'csv-no-rows', 'the header is there but no event rows follow it');
  return { ok: true, format: 'csv', raw: buildDataset(parsed.data, options.title) };
}

function buildDataset(rows: Row[], title: string | undefined) {
  const kinds = createEntityRegistry('kind');
  const people = createEntityRegistry('person');
  const organizations = createEntityRegistry('org');
  // Ids given in the file are kept as they are, so duplicates are reported by the decoder;
  // generated ids only have to avoid them.
  const allocate = createIdAllocator('event');
  const explicit = rows.map((row) => toKebabId(row.id ?? ''));
  for (const id of explicit) if (id) allocate(id);
  const events = rows.map((row, index) =>
    buildEvent(row, explicit[index] || allocate(row.title || `event ${index + 1}`), {
      kinds,
      people,
      organizations,
    }),
  );
  const hasRussian = rows.some((row) => row.title_ru || row.summary_ru);
  return dropUnusedEntities({
    schemaVersion: 1,
    title: title?.trim() || 'Imported events',
    languages: hasRussian ? ['en', 'ru'] : ['en'],
    kinds: kinds.records().map(({ id, label }) => ({ id, label })),
    people: people.records().map(({ id, label }) => ({ id, name: label })),
    organizations: organizations.records().map(({ id, label }) => ({ id, name: label })),
    events,
  });
}

interface Registries {
  kinds: EntityRegistry;
  people: EntityRegistry;
  organizations: EntityRegistry;
}

function buildEvent(row: Row, id: string, registries: Registries): Record<string, unknown> {
  const event: Record<string, unknown> = {
    id,
    date: normalizeDate(row.date ?? ''),
    kind: row.kind ? registries.kinds.idFor(row.kind) : registries.kinds.idFor(DEFAULT_KIND.label),
    title: toText(row.title, row.title_ru),
    sources: buildSources(row),
  };
  if (row.end_date) event.endDate = normalizeDate(row.end_date);
  if (row.summary || row.summary_ru) event.summary = toText(row.summary, row.summary_ru);
  const people = splitList(row.people).map((name) => registries.people.idFor(name));
  if (people.length > 0) event.people = [...new Set(people)];
  const orgs = splitList(row.organizations).map((name) => registries.organizations.idFor(name));
  if (orgs.length > 0) event.organizations = [...new Set(orgs)];
  const tags = splitList(row.tags);
  if (tags.length > 0) event.tags = tags;
  // A value that is not 1, 2 or 3 goes through as written so the decoder names the problem.
  if (row.importance)
    event.importance = /^[123]$/.test(row.importance) ? Number(row.importance) : row.importance;
  return event;
}

function toText(
  en: string | undefined,
  ru: string | undefined,
): string | { en: string; ru: string } {
  return ru ? { en: en ?? '', ru } : (en ?? '');
}

/** Several sources are written one per line, in the same order in each source_* cell. */
function buildSources(row: Row) {
  const urls = splitLines(row.source_url);
  const titles = splitLines(row.source_title);
  const publishers = splitLines(row.source_publisher);
  const dates = splitLines(row.source_date);
  return urls.flatMap((url, index) => {
    if (!url) return [];
    const source: Record<string, string> = { url, title: titles[index] || hostnameOf(url) };
    const publisher = publishers[index];
    if (publisher) source.publisher = publisher;
    const date = dates[index];
    if (date) source.date = normalizeDate(date);
    return [source];
  });
}

function splitLines(value: string | undefined): string[] {
  return value ? value.split(/\r?\n/).map((line) => line.trim()) : [];
}
