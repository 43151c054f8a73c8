// Launches the system Chromium and opens instrumented pages, each in a fresh context so no
// measurement inherits another's caches, heap or compiled code.
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/chromium';
import { installProbes } from './page-probes';

export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: resolveChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Runs `measure` on a new page in a new context, probes installed and a DevTools session
 * open, and always closes it.
 * tsx compiles with keepNames, which wraps functions in `__name(...)`: the page gets a no-op
 * `__name` so functions serialized into it still run.
 */
export async function withPage<T>(
  browser: Browser,
  measure: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await page.addInitScript(installProbes);
    return await measure(page, await openCdp(page));
  } finally {
    await context.close();
  }
}

/** A DevTools session on the page, with performance metrics on (they count from here). */
export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

async function readMetric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === name)?.value ?? NaN;
}

/** JS heap of the page after a forced garbage collection, in MB. */
export async function measureHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await readMetric(cdp, 'JSHeapUsedSize')) / 1024 / 1024;
}

/** Main-thread time spent in tasks (script, style, layout, paint) so far, in ms. */
export async function readTaskMs(cdp: CDPSession): Promise<number> {
  return (await readMetric(cdp, 'TaskDuration')) * 1000;
}

/** Polls the page until `probe(arg)` returns a value (not null), or gives up after `timeoutMs`. */
export async function waitInPage<T, A>(
  page: Page,
  probe: (arg: A) => T | null,
  arg: A,
  timeoutMs: number,
): Promise<T | null> {
  try {
    // Our args are plain JSON, which Playwright passes through unchanged ("Unboxed<A>" is A).
    const inPage = probe as (arg: unknown) => T | null;
    const handle = await page.waitForFunction(inPage, arg as unknown, {
      timeout: timeoutMs,
      polling: 50,
    });
    return (await handle.jsonValue()) as T;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}
