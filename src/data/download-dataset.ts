// Downloads a dataset file with progress, a size cap and a timeout, and refuses a web page
// sent in its place. It needs nothing from the validator, so a worker can start the download
// while the validator's code is still loading.
import { DATASET_TIMEOUT_MS, MAX_DATASET_BYTES } from './dataset-limits';
import { decodeUtf8File, Utf8StartCheck } from './describe-encoding';
import { describeWebPage } from './import/web-page';
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
  /** Each piece of the file's text as soon as it is decoded. */
  onText?: (text: string) => void;
}

export interface DownloadedFile {
  /** The file as text: UTF-8, decoded chunk by chunk while it arrived. */
  text: string;
  /** The file's first bytes are well-formed UTF-8 (see Utf8StartCheck). */
  startIsUtf8: boolean;
}

export async function downloadDataset(
  url: string,
  options: FetchOptions = {},
): Promise<DownloadedFile> {
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
    throw new DatasetLoadError(url, {
      type: 'http',
      status: response.status,
      statusText: response.statusText,
    });
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
  try {
    const file = await readText(response, maxBytes, options.onText, (readBytes) =>
      onProgress?.({
        phase: 'downloading',
        readBytes,
        totalBytes: totalBytes !== null && readBytes <= totalBytes ? totalBytes : null,
      }),
    );
    const webPage = describeWebPage(file.text, response.headers.get('content-type') ?? '');
    if (webPage) {
      throw new DatasetLoadError(url, {
        type: 'import',
        error: { code: 'html-page', detail: webPage },
      });
    }
    return file;
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (error instanceof RangeError)
      throw new DatasetLoadError(url, { type: 'too-large', limitBytes: maxBytes });
    throw networkError(url, error, timeout, timeoutMs);
  }
}

/** Reads the body as text, decoding each chunk as it lands rather than all of it at the end. */
async function readText(
  response: Response,
  maxBytes: number,
  onText: ((text: string) => void) | undefined,
  onBytes: (read: number) => void,
): Promise<DownloadedFile> {
  if (!response.body) {
    const file = decodeUtf8File(new Uint8Array(await response.arrayBuffer()));
    onText?.(file.text);
    return file;
  }
  const startCheck = new Utf8StartCheck();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel();
      throw new RangeError('dataset too large');
    }
    startCheck.push(value);
    const part = decoder.decode(value, { stream: true });
    parts.push(part);
    onText?.(part);
    onBytes(read);
  }
  startCheck.finish();
  const last = decoder.decode();
  parts.push(last);
  onText?.(last);
  return { text: parts.join(''), startIsUtf8: startCheck.wellFormed };
}

function networkError(
  url: string,
  error: unknown,
  timeout: AbortSignal,
  timeoutMs: number,
): DatasetLoadError {
  if (timeout.aborted)
    return new DatasetLoadError(url, { type: 'timeout', seconds: Math.round(timeoutMs / 1000) });
  if (error instanceof DatasetLoadError) return error;
  return new DatasetLoadError(url, { type: 'network' });
}
