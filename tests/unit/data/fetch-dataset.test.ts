import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadDataset } from '../../../src/data/download-dataset';
import { fetchDataset, type LoadPhase } from '../../../src/data/fetch-dataset';
import { DatasetLoadError, type LoadErrorReason } from '../../../src/data/load-error';
import { makeDataset } from '../../fixtures/make-dataset';

const URL_UNDER_TEST = 'https://data.example/events.json';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const fetchMock = vi.fn(respond);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A body that arrives in pieces, as a real download does. */
function streamOf(text: string, chunkBytes: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunkBytes));
      offset += chunkBytes;
    },
  });
}

/** Text saved as UTF-16 LE with its byte-order mark. */
function utf16WithBom(text: string): Uint8Array<ArrayBuffer> {
  const bytes = [0xff, 0xfe];
  for (const char of text) bytes.push(char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8);
  return Uint8Array.from(bytes);
}

/** Text saved as Windows-1251, the older Russian encoding (А-я are 0xC0-0xFF). */
function windows1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (char) =>
    char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x410 + 0xc0 : char.charCodeAt(0),
  );
}

const PNG_START = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

async function loadError(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).url).toBe(URL_UNDER_TEST);
    return error as DatasetLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('fetchDataset', () => {
  it('loads and decodes a dataset, keeping where it came from', async () => {
    const fetchMock = stubFetch(async () => new Response(JSON.stringify(makeDataset())));
    const loaded = await fetchDataset(URL_UNDER_TEST);
    expect(loaded.url).toBe(URL_UNDER_TEST);
    expect(loaded.catalog.events).toHaveLength(makeDataset().events.length);
    expect(fetchMock).toHaveBeenCalledWith(
      URL_UNDER_TEST,
      expect.objectContaining({ signal: expect.anything() }),
    );
  });

  it('reports an HTTP error with its status', async () => {
    stubFetch(async () => new Response('missing', { status: 404, statusText: 'Not Found' }));
    const error = await loadError(fetchDataset(URL_UNDER_TEST));
    expect(error.reason).toEqual<LoadErrorReason>({
      type: 'http',
      status: 404,
      statusText: 'Not Found',
    });
  });

  it('reports a failed connection as a network error', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await loadError(fetchDataset(URL_UNDER_TEST))).reason).toEqual({ type: 'network' });
  });

  it('gives up after the timeout and says how long it waited', async () => {
    stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const error = await loadError(fetchDataset(URL_UNDER_TEST, { timeoutMs: 20 }));
    expect(error.reason.type).toBe('timeout');
  });

  it('refuses a file whose declared size is over the limit before reading it', async () => {
    const body = streamOf('x'.repeat(10), 5);
    stubFetch(async () => new Response(body, { headers: { 'content-length': '5000' } }));
    const error = await loadError(fetchDataset(URL_UNDER_TEST, { maxBytes: 1000 }));
    expect(error.reason).toEqual({ type: 'too-large', limitBytes: 1000 });
  });

  it('stops reading a body that grows past the limit without declaring its size', async () => {
    stubFetch(async () => new Response(streamOf(JSON.stringify(makeDataset()), 256)));
    const error = await loadError(fetchDataset(URL_UNDER_TEST, { maxBytes: 1000 }));
    expect(error.reason).toEqual({ type: 'too-large', limitBytes: 1000 });
  });

  it('reports a body that is not JSON as a decode error', async () => {
    stubFetch(async () => new Response('{ "schemaVersion": 1, "title": '));
    const error = await loadError(fetchDataset(URL_UNDER_TEST));
    expect(error.reason.type).toBe('decode');
    if (error.reason.type === 'decode') expect(error.reason.error.code).toBe('not-json');
  });

  // The error page words these in the reader's language, as the Open data dialog does, rather
  // than "not valid JSON" with a row of undecodable characters.
  it.each([
    ['empty', new Uint8Array()],
    ['utf-16', utf16WithBom('{"title": 1}')],
    ['not-utf-8', windows1251('{"title": "Запуск модели"')],
    ['binary', PNG_START],
  ])('names a file that is %s instead of calling it invalid JSON', async (code, bytes) => {
    stubFetch(async () => new Response(bytes));
    const error = await loadError(fetchDataset(URL_UNDER_TEST));
    // The message says it all: no detail, which would show as an English bullet under it.
    expect(error.reason).toEqual({ type: 'import', error: { code, detail: '' } });
  });

  // Single-page hosts answer a mistyped path with their index.html and status 200.
  it.each([
    ['a JSON address', URL_UNDER_TEST],
    ['a CSV address', 'https://data.example/events.csv'],
    ['an address without an extension', 'https://data.example/index.html'],
  ])('says a web page came back for %s, not that the data is malformed', async (_, url) => {
    stubFetch(
      async () =>
        new Response(
          '\n  <!DOCTYPE html>\n<html lang="en"><head><title>App</title></head></html>',
          {
            headers: { 'content-type': 'text/html; charset=utf-8' },
          },
        ),
    );
    const error = await fetchDataset(url).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).reason).toEqual({
      type: 'import',
      error: { code: 'html-page', detail: expect.stringContaining('<!DOCTYPE html') },
    });
  });

  it('trusts the text/html label only when the body is markup', async () => {
    stubFetch(
      async () =>
        new Response('<head><meta charset="utf-8"><title>Not found</title></head>', {
          headers: { 'content-type': 'text/html' },
        }),
    );
    const error = await loadError(fetchDataset(URL_UNDER_TEST));
    expect(error.reason).toMatchObject({ type: 'import', error: { code: 'html-page' } });

    // A real dataset that a careless server labels text/html still loads.
    stubFetch(
      async () =>
        new Response(JSON.stringify(makeDataset()), { headers: { 'content-type': 'text/html' } }),
    );
    const loaded = await fetchDataset(URL_UNDER_TEST);
    expect(loaded.catalog.events).toHaveLength(makeDataset().events.length);
  });

  it('reports JSON that is not a dataset with its first problems', async () => {
    stubFetch(
      async () => new Response(JSON.stringify({ schemaVersion: 1, title: 'x', kinds: 'none' })),
    );
    const error = await loadError(fetchDataset(URL_UNDER_TEST));
    if (error.reason.type !== 'decode') throw new Error(`unexpected ${error.reason.type}`);
    expect(error.reason.error.code).toBe('not-dataset');
    expect(error.reason.error.problems[0]).toMatch(/^kinds: /);
  });

  it('reports download progress in bytes, then validation', async () => {
    const text = JSON.stringify(makeDataset());
    const total = new TextEncoder().encode(text).length;
    stubFetch(
      async () =>
        new Response(streamOf(text, 1024), { headers: { 'content-length': String(total) } }),
    );
    const phases: LoadPhase[] = [];
    await fetchDataset(URL_UNDER_TEST, { onProgress: (phase) => phases.push(phase) });

    const downloads = phases.filter((phase) => phase.phase === 'downloading');
    expect(downloads.length).toBe(Math.ceil(total / 1024));
    expect(downloads.every((phase) => phase.totalBytes === total)).toBe(true);
    const read = downloads.map((phase) => phase.readBytes);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBe(total);
    // Then the reader is told the download is done and the data is being checked.
    expect(phases.slice(downloads.length)[0]).toEqual({ phase: 'validating' });
  });

  it('reports progress without a total when the server does not declare the size', async () => {
    stubFetch(async () => new Response(streamOf(JSON.stringify(makeDataset()), 2048)));
    const phases: LoadPhase[] = [];
    await fetchDataset(URL_UNDER_TEST, { onProgress: (phase) => phases.push(phase) });
    expect(phases[0]).toEqual(expect.objectContaining({ phase: 'downloading', totalBytes: null }));
  });

  it('never reports more bytes read than the total it announces for a compressed download', async () => {
    // A gzip-served file declares its compressed length, but fetch hands over the decoded body.
    const text = JSON.stringify(makeDataset());
    stubFetch(
      async () =>
        new Response(streamOf(text, 1024), {
          headers: {
            'content-length': String(Math.floor(text.length / 4)),
            'content-encoding': 'gzip',
          },
        }),
    );
    const phases: LoadPhase[] = [];
    await fetchDataset(URL_UNDER_TEST, { onProgress: (phase) => phases.push(phase) });
    const downloads = phases.filter((phase) => phase.phase === 'downloading');
    expect(downloads.at(-1)?.readBytes).toBe(new TextEncoder().encode(text).length);
    for (const phase of downloads) {
      if (phase.totalBytes !== null) expect(phase.readBytes).toBeLessThanOrEqual(phase.totalBytes);
    }
  });

  it('still refuses a compressed file whose compressed size is over the limit', async () => {
    stubFetch(
      async () =>
        new Response('{}', { headers: { 'content-length': '5000', 'content-encoding': 'gzip' } }),
    );
    const error = await loadError(fetchDataset(URL_UNDER_TEST, { maxBytes: 1000 }));
    expect(error.reason).toEqual({ type: 'too-large', limitBytes: 1000 });
  });

  it('loads a UTF-8 file that quotes the replacement character “\uFFFD” near its start', async () => {
    const raw = makeDataset();
    raw.title = { en: 'Garbled \uFFFD\uFFFD in the source', ru: 'Искажено \uFFFD' };
    stubFetch(async () => new Response(streamOf(JSON.stringify(raw), 5)));
    const loaded = await fetchDataset(URL_UNDER_TEST);
    expect(loaded.catalog.title).toEqual(raw.title);
  });

  it('decodes multi-byte text split across chunks', async () => {
    const raw = makeDataset();
    raw.title = { en: 'Test', ru: 'Лента событий — ИИ' };
    stubFetch(async () => new Response(streamOf(JSON.stringify(raw), 7)));
    const loaded = await fetchDataset(URL_UNDER_TEST);
    expect(loaded.catalog.title).toEqual({ en: 'Test', ru: 'Лента событий — ИИ' });
  });
});

describe('downloadDataset', () => {
  it('decodes text as it arrives, even when a chunk ends inside a character', async () => {
    // Cyrillic letters take two bytes and the emoji four: 3-byte chunks split most of them.
    const text = JSON.stringify({ title: { en: 'Launch 🚀', ru: 'Запуск модели' } });
    stubFetch(async () => new Response(streamOf(text, 3)));
    const pieces: string[] = [];
    const downloaded = await downloadDataset(URL_UNDER_TEST, {
      onText: (piece) => pieces.push(piece),
    });
    expect(downloaded.text).toBe(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.some((piece) => piece.includes('\uFFFD'))).toBe(false);
  });
});
