// Waiting for a page to settle between measurements. Work deferred past the first paint (a
// large dataset's search index is built in chunks then) must not land inside the next
// measurement. Chunked work never blocks for long, so "quiet" is judged by how busy the main
// thread was, not by whether it answered a timer.
import type { CDPSession, Page } from 'playwright-core';
import { readTaskMs } from './browser';

/** Busier than this share of wall time is not quiet (an idle page is at a few percent). */
const BUSY_SHARE = 0.1;
const POLL_MS = 100;

/**
 * Resolves true once, over the last `quietMs`, the main thread was busy less than a tenth of
 * the time and React committed nothing; false if that never happens within `timeoutMs`.
 */
export async function waitForQuiet(
  page: Page,
  cdp: CDPSession,
  quietMs: number,
  timeoutMs: number,
): Promise<boolean> {
  const startedMs = Date.now();
  const samples: { atMs: number; taskMs: number; activity: number }[] = [];
  while (Date.now() - startedMs < timeoutMs) {
    const taskMs = await readTaskMs(cdp);
    const activity = await page.evaluate(
      () => window.__bench.commits.length + window.__bench.renders.length,
    );
    const atMs = Date.now();
    samples.push({ atMs, taskMs, activity });
    const old = samples.findLast((sample) => sample.atMs <= atMs - quietMs);
    if (old && taskMs - old.taskMs < BUSY_SHARE * (atMs - old.atMs) && activity === old.activity)
      return true;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return false;
}
