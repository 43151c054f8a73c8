// Record-by-record validation: a record that fails is left out (or repaired) with a warning
// naming it, and the rest of the file still loads.
import { z } from 'zod';
import type { DecodeWarning, RecordType, WarningCode } from './decode-result';
import { describeProblems, idOf, isPlainObject } from './decode-util';

/** Fixes what it can in a record that failed, naming each fix in `warnings`. */
export type RecordRepair = (value: unknown, index: number, warnings: DecodeWarning[]) => unknown;

export interface DecodeRecordsOptions {
  /**
   * Gets one chance to fix a record that failed (it is not run on valid records, which keeps
   * the common path fast).
   */
  repair?: RecordRepair;
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
    let checked = value;
    let parsed: z.ZodSafeParseResult<T> = exact?.safeParse(value).success
      ? { success: true, data: value as T }
      : schema.safeParse(value);
    if (!parsed.success && repair) {
      // What was stripped is only worth a warning when the record then loads; when it is
      // left out anyway, its own warning names what is still wrong.
      const repairs: DecodeWarning[] = [];
      const repaired = repair(value, index, repairs);
      if (repaired !== value) {
        checked = repaired;
        parsed = schema.safeParse(repaired);
      }
      if (parsed.success) warnings.push(...repairs);
    }
    if (!parsed.success) {
      warnings.push({
        record,
        id: idOf(value, index),
        code: 'invalid-record',
        detail: describeProblems(schema, checked),
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

/** Runs each repair in turn on what the previous one left. */
export function combineRepairs(...repairs: RecordRepair[]): RecordRepair {
  return (value, index, warnings) =>
    repairs.reduce((current, repair) => repair(current, index, warnings), value);
}

/**
 * Drops the optional fields that fail their own check (a link that is not http(s), a colour
 * that is not #rrggbb), so one bad extra costs that field, not the record and its references.
 * `notes` says, per field, what the reader gets instead.
 */
export function stripBadOptionalFields(
  record: RecordType,
  schema: z.ZodObject,
  notes: Record<string, string> = {},
): RecordRepair {
  const optional = Object.entries(schema.shape).filter(
    ([, field]) => field instanceof z.ZodOptional,
  );
  return (value, index, warnings) => {
    if (!isPlainObject(value)) return value;
    let result = value;
    for (const [key, field] of optional) {
      if (!Object.hasOwn(value, key)) continue;
      if (field.safeParse(value[key]).success) continue;
      const note = notes[key] ?? 'left out';
      warnings.push({
        record,
        id: idOf(value, index),
        code: 'invalid-record',
        detail: `${describeProblems(field, value[key], key)}; ${note}`,
        skipped: false,
      });
      const { [key]: _dropped, ...rest } = result;
      result = rest;
    }
    return result;
  };
}

/**
 * Drops the bad items of a list field on their own: a source with a bad URL costs that
 * source, an affiliation with a bad date that affiliation, not the whole record.
 */
export function stripBadListItems(
  record: RecordType,
  field: string,
  itemSchema: z.ZodType,
  code: WarningCode,
): RecordRepair {
  return (value, index, warnings) => {
    if (!isPlainObject(value)) return value;
    const items = value[field];
    if (!Array.isArray(items)) return value;
    const valid = items.map((item) => itemSchema.safeParse(item).success);
    if (valid.every(Boolean)) return value;
    items.forEach((item, itemIndex) => {
      if (valid[itemIndex]) return;
      warnings.push({
        record,
        id: idOf(value, index),
        code,
        detail: describeProblems(itemSchema, item, `${field}.${itemIndex}`),
        skipped: false,
      });
    });
    return { ...value, [field]: items.filter((_, itemIndex) => valid[itemIndex]) };
  };
}
