// Record-by-record validation: a record that fails is left out (or repaired) with a warning
// naming it, and the rest of the file still loads.
import type { z } from 'zod';
import type { DecodeWarning, RecordType } from './decode-result';
import { formatIssues, idOf, isPlainObject } from './decode-util';
import { Kind, Source } from './schema';

export interface DecodeRecordsOptions {
  /**
   * Gets one chance to fix a record that failed (it is not run on valid records, which keeps
   * the common path fast).
   */
  repair?: (value: unknown, index: number, warnings: DecodeWarning[]) => unknown;
  /**
   * Accepts exactly the records `schema` would return unchanged. Those are kept as they are,
   * not as validation's copy, so whoever holds the same parsed file holds the same records.
   */
  exact?: z.ZodType;
}

/** Validates each record; invalid and duplicate ones are left out with a warning. */
export function decodeRecords<T extends { id: string }>(
  values: unknown[],
  record: RecordType,
  schema: z.ZodType<T>,
  warnings: DecodeWarning[],
  options: DecodeRecordsOptions = {},
): T[] {
  const decoder = createRecordDecoder(record, schema, warnings, options);
  values.forEach((value, index) => decoder.add(value, index));
  return decoder.kept;
}

export interface RecordDecoder<T> {
  /** Validates the record at `index` of its array; records must come in order. */
  add(value: unknown, index: number): void;
  /** The records kept so far, in order. */
  readonly kept: T[];
}

/** decodeRecords one record at a time, for records that arrive while a file downloads. */
export function createRecordDecoder<T extends { id: string }>(
  record: RecordType,
  schema: z.ZodType<T>,
  warnings: DecodeWarning[],
  { repair, exact }: DecodeRecordsOptions = {},
): RecordDecoder<T> {
  const seen = new Set<string>();
  const kept: T[] = [];
  const add = (value: unknown, index: number) => {
    let parsed: z.ZodSafeParseResult<T> = exact?.safeParse(value).success
      ? { success: true, data: value as T }
      : schema.safeParse(value);
    if (!parsed.success && repair) {
      const repaired = repair(value, index, warnings);
      if (repaired !== value) parsed = schema.safeParse(repaired);
    }
    if (!parsed.success) {
      warnings.push({
        record,
        id: idOf(value, index),
        code: 'invalid-record',
        detail: formatIssues(parsed.error.issues),
        skipped: true,
      });
      return;
    }
    if (seen.has(parsed.data.id)) {
      warnings.push({
        record,
        id: parsed.data.id,
        code: 'duplicate-id',
        detail: `the id "${parsed.data.id}" is already used by an earlier ${record}`,
        skipped: true,
      });
      return;
    }
    seen.add(parsed.data.id);
    kept.push(parsed.data);
  };
  return { add, kept };
}

/** A kind with a colour it cannot use keeps its events; it is drawn in a default colour. */
export function stripBadColor(value: unknown, index: number, warnings: DecodeWarning[]): unknown {
  if (
    !isPlainObject(value) ||
    !('color' in value) ||
    Kind.shape.color.safeParse(value.color).success
  )
    return value;
  warnings.push({
    record: 'kind',
    id: idOf(value, index),
    code: 'invalid-record',
    detail: 'color: must be a #rrggbb colour; the default colour is used',
    skipped: false,
  });
  const { color: _ignored, ...rest } = value;
  return rest;
}

/** A source with a bad URL is dropped on its own, so one bad link does not cost the event. */
export function stripBadSources(value: unknown, index: number, warnings: DecodeWarning[]): unknown {
  if (!isPlainObject(value) || !Array.isArray(value.sources)) return value;
  if (value.sources.every((source) => Source.safeParse(source).success)) return value;
  const sources = value.sources.filter((source, sourceIndex) => {
    const parsed = Source.safeParse(source);
    if (parsed.success) return true;
    warnings.push({
      record: 'event',
      id: idOf(value, index),
      code: 'invalid-source',
      detail: `sources.${sourceIndex}: ${formatIssues(parsed.error.issues)}`,
      skipped: false,
    });
    return false;
  });
  return { ...value, sources };
}
