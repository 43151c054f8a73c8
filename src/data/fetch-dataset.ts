// Fetches a dataset (download-dataset.ts), then converts and decodes it.
import { decodeDataset, type PrevalidatedEvents } from './decode';
import { findEncodingProblem } from './describe-encoding';
import type { DecodeResult } from './decode-result';
import { downloadDataset, type FetchOptions, type LoadPhase } from './download-dataset';
import { convertToDataset } from './import/convert-to-dataset';
import { isDatasetJson, isTabularFileName } from './import/detect-format';
import { DatasetLoadError } from './load-error';

export type { FetchOptions, LoadPhase };

export type LoadedDataset = Extract<DecodeResult, { ok: true }> & { url: string };

/** A file whose events were parsed and validated during the download (decode-in-worker.ts). */
export interface StreamedFile {
  /** The file's parsed top level with `events: []`. */
  rest: Record<string, unknown>;
  /** The file's parsed event records, in order. */
  fileEvents: unknown[];
  prevalidated: PrevalidatedEvents;
}

export interface DecodedFile {
  loaded: LoadedDataset;
  /** The parsed file when it is dataset JSON itself (null when it was converted from CSV or TimelineJS). */
  fileJson: unknown;
}

export async function fetchDataset(
  url: string,
  options: FetchOptions = {},
): Promise<LoadedDataset> {
  const { text, startIsUtf8 } = await downloadDataset(url, options);
  return decodeFile(text, url, { onProgress: options.onProgress, startIsUtf8 }).loaded;
}

export interface DecodeFileOptions {
  onProgress?: (progress: LoadPhase) => void;
  /** The same file with its events already parsed and validated during the download. */
  streamed?: StreamedFile | null;
  /** The file's first bytes are well-formed UTF-8 (see findEncodingProblem). */
  startIsUtf8?: boolean;
}

/** Converts (CSV, TimelineJS) and validates a downloaded file; throws a DatasetLoadError. */
export function decodeFile(
  text: string,
  url: string,
  { onProgress, streamed, startIsUtf8 = false }: DecodeFileOptions = {},
): DecodedFile {
  onProgress?.({ phase: 'validating' });
  const onIndexing = () => onProgress?.({ phase: 'indexing' });
  // The same choices convertToDataset makes for the whole text: a file in another encoding
  // is refused (JSON parses with its letters turned to U+FFFD), and a JSON object with
  // schemaVersion, not named as CSV, is a dataset file.
  if (
    streamed &&
    !findEncodingProblem(text, startIsUtf8) &&
    !isTabularFileName(url) &&
    isDatasetJson(streamed.rest)
  ) {
    const result = decodeDataset(streamed.rest, onIndexing, streamed.prevalidated);
    if (!result.ok) throw new DatasetLoadError(url, { type: 'decode', error: result.error });
    return {
      loaded: { ...result, url },
      fileJson: { ...streamed.rest, events: streamed.fileEvents },
    };
  }
  // CSV and TimelineJS files are converted first. A file that fails the converter is reported
  // in its words (empty, another encoding, a web page), except JSON that does not parse: the
  // decoder says that, with where it broke.
  const converted = convertToDataset(text, url, { startIsUtf8 });
  if (!converted.ok && (converted.format !== 'dataset' || converted.error.code !== 'not-json'))
    throw new DatasetLoadError(url, { type: 'import', error: converted.error });
  const result = decodeDataset(converted.ok ? converted.raw : text, onIndexing);
  if (!result.ok) throw new DatasetLoadError(url, { type: 'decode', error: result.error });
  return {
    loaded: { ...result, url },
    fileJson: converted.ok && converted.format === 'dataset' ? converted.raw : null,
  };
}
