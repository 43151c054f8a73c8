// The page's side of a worker load: a load the entry script starts early is taken over by the
// app's query, progress is replayed, and the Catalog is rebuilt from the worker's messages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeForPage } from '../../../src/data/decode-in-worker';
import { loadDataset, preloadDataset } from '../../../src/data/load-dataset';
import { DatasetLoadError } from '../../../src/data/load-error';
import type { WorkerReply } from '../../../src/data/worker-protocol';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';

class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** What the worker was asked to load: its name (see WorkerRequest). */
  name: string;
  terminated = false;
  constructor(_script: URL, options: WorkerOptions) {
    this.name = options.name ?? '';
    FakeWorker.created.push(this);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

const URL_A = 'https://data.example/a.json';
const URL_B = 'https://data.example/b.json';

/** What the worker sends for makeDataset(): the records in batches, then the Catalog. */
function replyWithDataset(worker: FakeWorker, url: string) {
  const text = JSON.stringify(makeDataset());
  const events = JSON.stringify(makeDataset().events);
  const middle = events.indexOf('},{') + 1;
  const total = makeDataset().events.length;
  worker.reply({ type: 'events', text: events.slice(1, middle), count: 1 });
  worker.reply({ type: 'events', text: events.slice(middle + 1, -1), count: total - 1 });
  worker.reply(decodeForPage({ text, startIsUtf8: true }, url, true, () => undefined, null).reply);
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('loadDataset with a worker', () => {
  it('takes over a preloaded load instead of starting another, replaying its progress', async () => {
    preloadDataset(URL_A);
    expect(FakeWorker.created).toHaveLength(1);
    const worker = FakeWorker.created[0]!;
    expect(worker.name).toBe(URL_A);
    worker.reply({
      type: 'progress',
      progress: { phase: 'downloading', readBytes: 10, totalBytes: 100 },
    });

    const onProgress = vi.fn();
    const loading = loadDataset(URL_A, { onProgress });
    expect(FakeWorker.created).toHaveLength(1);
    expect(onProgress).toHaveBeenCalledWith({
      phase: 'downloading',
      readBytes: 10,
      totalBytes: 100,
    });

    replyWithDataset(worker, URL_A);
    const loaded = await loading;
    expect(loaded.catalog.events).toEqual(decodeFixture(makeDataset()).catalog.events);
    expect(Array.from(loaded.catalog.startMs)).toEqual(
      Array.from(decodeFixture(makeDataset()).catalog.startMs),
    );
    expect(worker.terminated).toBe(true);
  });

  it('reads the records only when they are read: finding one by id does not parse them', async () => {
    const loading = loadDataset(URL_A);
    replyWithDataset(FakeWorker.created[0]!, URL_A);
    const { catalog } = await loading;
    const expected = decodeFixture(makeDataset()).catalog;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const target = expected.events.at(-1)!.id;
      expect(catalog.indexById.get(target)).toBe(expected.events.length - 1);
      expect(catalog.indexById.size).toBe(expected.events.length);
      expect(parse).not.toHaveBeenCalled();
      expect(catalog.events[0]!.id).toBe(expected.events[0]!.id);
      expect(parse).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('uses a preload once: loading the same address again starts afresh', async () => {
    preloadDataset(URL_A);
    const first = loadDataset(URL_A);
    replyWithDataset(FakeWorker.created[0]!, URL_A);
    await first;
    const second = loadDataset(URL_A);
    expect(FakeWorker.created).toHaveLength(2);
    replyWithDataset(FakeWorker.created[1]!, URL_A);
    await expect(second).resolves.toMatchObject({ url: URL_A });
  });

  it('stops a preload nobody wants once another address is loaded', () => {
    preloadDataset(URL_A);
    void loadDataset(URL_B);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(FakeWorker.created[1]!.name).toBe(URL_B);
  });

  it('stops the worker when the load is abandoned', async () => {
    const controller = new AbortController();
    const loading = loadDataset(URL_A, { signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it("turns the worker's load error into a DatasetLoadError", async () => {
    const loading = loadDataset(URL_A);
    FakeWorker.created[0]!.reply({
      type: 'load-error',
      url: URL_A,
      reason: { type: 'http', status: 404, statusText: 'Not Found' },
    });
    const error = await loading.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).reason).toEqual({
      type: 'http',
      status: 404,
      statusText: 'Not Found',
    });
  });

  it('refuses to show events when its own parse of the file disagrees with the worker', async () => {
    const loading = loadDataset(URL_A);
    const worker = FakeWorker.created[0]!;
    // One batch went missing: the page has fewer records than the worker counted.
    const events = JSON.stringify(makeDataset().events);
    worker.reply({ type: 'events', text: events.slice(1, events.indexOf('},{') + 1), count: 1 });
    worker.reply(
      decodeForPage(
        { text: JSON.stringify(makeDataset()), startIsUtf8: true },
        URL_A,
        true,
        () => undefined,
        null,
      ).reply,
    );
    await expect(loading).rejects.toThrow(/could not be read/);
  });
});
