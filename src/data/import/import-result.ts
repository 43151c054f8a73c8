// What a converter returns: a raw dataset object for decodeDataset to validate, or one
// clear error. Converters never throw; record-level problems are left for the decoder to
// report with its named warnings, exactly as for the default dataset.

export type ImportFormat = 'dataset' | 'csv' | 'timelinejs';

export type ImportErrorCode =
  | 'empty'
  | 'utf-16'
  | 'not-utf-8'
  | 'binary'
  | 'html-page'
  | 'not-json'
  | 'csv-syntax'
  | 'csv-missing-columns'
  | 'csv-no-rows'
  | 'timelinejs-no-events';

export interface ImportError {
  code: ImportErrorCode;
  /** Technical specifics in English (row numbers, column names), shown under the message. */
  detail: string;
}

/** A dataset-shaped object that has not been validated yet. */
export type RawDataset = Record<string, unknown>;

export type ImportResult =
  | { ok: true; format: ImportFormat; raw: unknown }
  | { ok: false; format: ImportFormat; error: ImportError };

export function importFailure(
  format: ImportFormat,
  code: ImportErrorCode,
  detail: string,
): ImportResult {
  return { ok: false, format, error: { code, detail } };
}
