// Which converter a file needs: by extension when it has a telling one, else by content.
import type { ImportFormat } from './import-result';
import { isTimelineJs } from './convert-timelinejs';

export type DetectedFormat = ImportFormat | 'json-unknown' | 'not-json';

export interface Detection {
  format: DetectedFormat;
  /** The parsed JSON for JSON formats, so callers do not parse it twice. */
  json?: unknown;
}

export function detectFormat(text: string, fileName = ''): Detection {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(fileName)?.[1]?.toLowerCase();
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (extension === 'csv' || extension === 'tsv') return { format: 'csv' };
  const looksLikeJson = body.startsWith('{') || body.startsWith('[');
  if (extension !== 'json' && !looksLikeJson) return { format: 'csv' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { format: 'not-json' };
  }
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json) return { format: 'dataset', json };
  if (isTimelineJs(json)) return { format: 'timelinejs', json };
  return { format: 'json-unknown', json };
}
