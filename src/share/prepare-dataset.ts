// Turns an opened file into a raw dataset the app can load, or the reason it cannot:
// detect the format, convert it, and check it is a dataset before the app is asked to
// switch to it (so a wrong file keeps the current view and the dialog explains why).
import { decodeDataset } from '../data/decode';
import { MAX_DATASET_BYTES } from '../data/dataset-limits';
import { decodeUtf8File } from '../data/describe-encoding';
import { convertToDataset } from '../data/import/convert-to-dataset';
import type { ImportErrorCode, ImportFormat } from '../data/import/import-result';

export type OpenErrorCode =
  | ImportErrorCode
  | 'not-dataset'
  | 'unsupported-version'
  | 'too-large'
  | 'read-failed'
  | 'wrong-type'
  | 'bad-url';

export interface OpenError {
  code: OpenErrorCode;
  /** Technical specifics (row numbers, field paths), in the decoder's words. */
  problems: string[];
}

export type PrepareResult =
  { ok: true; raw: unknown; format: ImportFormat } | { ok: false; error: OpenError };

export const ACCEPTED_FILES = '.json,.csv,.tsv,application/json,text/csv,text/tab-separated-values';

/** `startIsUtf8`: the file's first bytes are well-formed UTF-8 (see findEncodingProblem). */
export function prepareDataset(
  text: string,
  name: string,
  options: { startIsUtf8?: boolean } = {},
): PrepareResult {
  const converted = convertToDataset(text, name, options);
  if (!converted.ok)
    return {
      ok: false,
      error: {
        code: converted.error.code,
        problems: converted.error.detail ? [converted.error.detail] : [],
      },
    };
  const decoded = decodeDataset(converted.raw);
  if (!decoded.ok)
    return { ok: false, error: { code: decoded.error.code, problems: decoded.error.problems } };
  return { ok: true, raw: converted.raw, format: converted.format };
}

/** Checks a picked or dropped file before reading it. */
export function checkFile(
  file: { name: string; type: string; size: number },
  maxBytes = MAX_DATASET_BYTES,
): OpenError | null {
  // The CSV importer reads tab-separated text as well (see detect-format.ts).
  const byName = /\.(json|csv|tsv)$/i.test(file.name);
  const byType = ['application/json', 'text/csv', 'text/tab-separated-values'].includes(file.type);
  if (!byName && !byType) return { code: 'wrong-type', problems: [] };
  if (file.size > maxBytes) return { code: 'too-large', problems: [] };
  return null;
}

export async function readDataFile(file: File): Promise<PrepareResult> {
  const problem = checkFile(file);
  if (problem) return { ok: false, error: problem };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'read-failed',
        problems: [error instanceof Error ? error.message : String(error)],
      },
    };
  }
  const { text, startIsUtf8 } = decodeUtf8File(bytes);
  return prepareDataset(text, file.name, { startIsUtf8 });
}
