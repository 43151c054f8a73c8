// When every event of a file is left out, the page must not call the dataset empty: the
// Catalog carries how many were left out, through the worker hand-off too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeForPage } from '../../../src/data/decode-in-worker';
import { loadDataset } from '../../../src/data/load-dataset';
import type { WorkerReply } from '../../../src/data/worker-protocol';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';

afterEach(() => vi.unstubAllGlobals());

describe('a dataset whose events were all left out', () => {
  const raw = { ...makeDataset(), kinds: [] };

  it('counts the events left out, and none for a dataset that has none', () => {
    expect(decodeFixture(raw).catalog.skippedEvents).toBe(makeDataset().events.length);
    expect(decodeFixture({ ...makeDataset(), events: [] }).catalog.skippedEvents).toBe(0);
    expect(decodeFixture(makeDataset()).catalog.skippedEvents).toBe(0);
  });

  it('keeps the count when the file is decoded in a worker', async () => {
    const replies: ((data: WorkerReply) => void)[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((event: { data: WorkerReply }) => void) | null = null;
        constructor() {
          replies.push((data) => this.onmessage?.({ data }));
        }
        terminate() {}
      },
    );
    const loading = loadDataset('https://data.example/no-kinds.json');
    const { reply } = decodeForPage(
      { text: JSON.stringify(raw), startIsUtf8: true },
      'x',
      false,
      () => undefined,
      null,
    );
    replies[0]!(reply);
    const loaded = await loading;
    expect(loaded.catalog.events).toEqual([]);
    expect(loaded.catalog.skippedEvents).toBe(makeDataset().events.length);
  });
});
