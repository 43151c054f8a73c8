// Fetches a dataset with progress, a size cap and a timeout, then decodes it.
import { DATASET_TIMEOUT_MS, MAX_DATASET_BYTES } from './dataset-limits';
import { decodeDataset } from './decode';
import { convertToDataset } from './import/convert-to-dataset';
import type { DecodeResult } from './decode-result';
import { DatasetLoadError } from './load-error';

export type LoadPhase =
  | { phase: 'downloading'; readBytes: number; totalBytes: number | null }
  | { phase: 'validating' }
  | { phase: 'indexing' };

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadPhase) => void;
  maxBytes?: number;
  timeoutMs?: number;
}

export { DATASET_TIMEOUT_MS, MAX_DATASET_BYTES };

export type LoadedDataset = Extract<DecodeResult, { ok: true }> & { url: string };

export async function fetchDataset(url: string, options: FetchOptions = {}): Promise<LoadedDataset> {
  const { maxBytes = MAX_DATASET_BYTES, timeoutMs = DATASET_TIMEOUT_MS, onProgress } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    throw networkError(url, error, timeout, timeoutMs);
  }
  if (!response.ok) {
    throw new DatasetLoadError(url, { type: 'http', status: response.status, statusText: response.statusText });
  }
  const declared = Number(response.headers.get('content-length'));
  const declaredBytes = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (declaredBytes !== null && declaredBytes > maxBytes) {
    throw new DatasetLoadError(url, { type: 'too-large', limitBytes: maxBytes });
  }
  // A compressed response declares its compressed length, but the body arrives decoded: that
  // length is no total for progress (nor is any length the body has already outgrown).
  const encoding = response.headers.get('content-encoding');
  const totalBytes = encoding && encoding !== 'identity' ? null : declaredBytes;
  let text: string;
  try {
    text = await readText(response, maxBytes, (readBytes) =>
      onProgress?.({
        phase: 'downloading',
        readBytes,
        totalBytes: totalBytes !== null && readBytes <= totalBytes ? totalBytes : null,
      }),
    );
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (error instanceof RangeError) throw new DatasetLoadError(url, { type: 'too-large', limitBytes: maxBytes });
    throw networkError(url, error, timeout, timeoutMs);
  }
  onProgress?.({ phase: 'validating' });
  // CSV and TimelineJS files are converted first; dataset JSON keeps the decoder's own errors.
  const converted = convertToDataset(text, url);
  if (!converted.ok && converted.format !== 'dataset') throw new DatasetLoadError(url, { type: 'import', error: converted.error });
  const result = decodeDataset(converted.ok ? converted.raw : text, () => onProgress?.({ phase: 'indexing' }));
  if (!result.ok) throw new DatasetLoadError(url, { type: 'decode', error: result.error });
  return { ...result, url };
}

async function readText(response: Response, maxBytes: number, onBytes: (read: number) => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel();
      throw new RangeError('dataset too large');
    }
    chunks.push(value);
    onBytes(read);
  }
  const bytes = new Uint8Array(read);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function networkError(url: string, error: unknown, timeout: AbortSignal, timeoutMs: number): DatasetLoadError {
  if (timeout.aborted) return new DatasetLoadError(url, { type: 'timeout', seconds: Math.round(timeoutMs / 1000) });
  if (error instanceof DatasetLoadError) return error;
  return new DatasetLoadError(url, { type: 'network' });
}
