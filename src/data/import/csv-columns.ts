// The documented CSV columns, shared by the importer and the exporter so a CSV export
// opens again as the same events. One row per event; list cells are separated by ";"
// and an event with several sources puts one per line inside each source_* cell.
export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'kind',
  'title',
  'title_ru',
  'summary',
  'summary_ru',
  'people',
  'organizations',
  'tags',
  'source_url',
  'source_title',
  'source_publisher',
  'source_date',
  'importance',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['date', 'title'];

/** The kind given to rows with an empty or missing `kind` cell. */
export const DEFAULT_KIND = { id: 'event', label: 'Event' } as const;

/** "End date" / "END-DATE" / " end_date " -> "end_date". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

// Spreadsheet exports prefix cells that look like formulas with "'" (see export-data.ts);
// reading them back removes that guard again.
export function unescapeFormula(value: string): string {
  return /^'(?='*[=+\-@\t\r])/.test(value) ? value.slice(1) : value;
}
