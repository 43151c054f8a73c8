// One entry point for "open this file": detects the format and converts it to a raw
// dataset. Dataset JSON (and JSON of unknown shape) passes through untouched so that
// decodeDataset reports its problems with the same words as for the default dataset.
import { convertTimelineJs } from './convert-timelinejs';
import { detectFormat } from './detect-format';
import { importFailure, type ImportResult } from './import-result';
import { parseCsvDataset } from './parse-csv-dataset';
import { describeWebPage } from './web-page';
import { findEncodingProblem } from '../describe-encoding';

/** `startIsUtf8`: the file's first bytes are well-formed UTF-8 (see findEncodingProblem). */
export function convertToDataset(
  text: string,
  fileName = '',
  { startIsUtf8 = false }: { startIsUtf8?: boolean } = {},
): ImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return importFailure('dataset', 'empty', '');
  // Before any format: a CSV saved as UTF-16 would otherwise lack every column.
  // The reader's language names the problem; there are no specifics to add.
  const encoding = findEncodingProblem(text, startIsUtf8);
  if (encoding) return importFailure('dataset', encoding, '');
  const title = titleFromFileName(fileName);
  const detection = detectFormat(text, fileName);
  switch (detection.format) {
    case 'csv':
      return parseCsvDataset(text, { title });
    case 'timelinejs':
      return convertTimelineJs(detection.json, { title });
    case 'html':
      return importFailure('dataset', 'html-page', describeWebPage(text) ?? 'an HTML page');
    case 'not-json':
      return importFailure('dataset', 'not-json', notJsonDetail(text));
    default:
      return { ok: true, format: 'dataset', raw: detection.json };
  }
}

/** "ai-events_2025.csv" -> "ai events 2025": a title for files that do not carry one. */
export function titleFromFileName(fileName: string): string {
  const last = fileName.split(/[/\\]/).pop() ?? '';
  const base = last.replace(/[?#].*$/, '').replace(/\.[a-z0-9]+$/i, '');
  let decoded = base;
  try {
    decoded = decodeURIComponent(base);
  } catch {
    // A stray "%" in a file name is not an escape; keep the name as it is.
  }
  return decoded.replace(/[_-]+/g, ' ').trim();
}

function notJsonDetail(text: string): string {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return 'not JSON';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
