// Which converter a file needs: by extension when it has a telling one, else by content.
import type { ImportFormat } from './import-result';
import { parseDatasetText } from '../hand-off';
import { isTimelineJs } from './convert-timelinejs';
import { describeWebPage } from './web-page';

export type DetectedFormat = ImportFormat | 'json-unknown' | 'not-json' | 'html';

export interface Detection {
  format: DetectedFormat;
  /** The parsed JSON for JSON formats, so callers do not parse it twice. */
  json?: unknown;
}

/** Parsed JSON that claims to be a dataset (decodeDataset then checks the claim). */
export function isDatasetJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'schemaVersion' in json;
}

/** A .csv or .tsv name makes a file CSV whatever it holds. */
export function isTabularFileName(fileName: string): boolean {
  const extension = fileExtension(fileName);
  return extension === 'csv' || extension === 'tsv';
}

function fileExtension(fileName: string): string | undefined {
  return /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(fileName)?.[1]?.toLowerCase();
}

export function detectFormat(text: string, fileName = ''): Detection {
  const extension = fileExtension(fileName);
  const body = text.replace(/^\uFEFF/, '').trimStart();
  // Before the name: a host sends its HTML page for a mistyped "events.csv" too.
  if (describeWebPage(body)) return { format: 'html' };
  if (isTabularFileName(fileName)) return { format: 'csv' };
  const looksLikeJson = body.startsWith('{') || body.startsWith('[');
  if (extension !== 'json' && !looksLikeJson) return { format: 'csv' };
  let json: unknown;
  try {
    // The same parse as the page's (hand-off.ts): both must see the very same records.
    json = parseDatasetText(text);
  } catch {
    return { format: 'not-json' };
  }
  if (isDatasetJson(json)) return { format: 'dataset', json };
  if (isTimelineJs(json)) return { format: 'timelinejs', json };
  return { format: 'json-unknown', json };
}
