// Measures Timeline Explorer: load, gesture and kind toggle (search is in measure-search.ts),
// each in a fresh browser context. Completion is what the user sees: the paint mark the
// renderer leaves with the number of events it drew (paint-frame.ts), and the status line.
import type { Browser, Page } from 'playwright-core';
import { measureHeapMb, waitInPage, withPage } from './browser';
import { datasetFileName } from './datasets';
import { recordGesture, type GestureResult } from './frame-metrics';
import { readLoadBreakdown, type LoadBreakdown } from './load-breakdown';
import { waitForQuiet } from './page-waits';
import { median, round1 } from './stats';

const LOAD_TIMEOUT_MS = 60_000;
export const STEP_TIMEOUT_MS = 15_000;
const GESTURE_TIMEOUT_MS = 30_000;
/** The plot's top strip holds the axis and no marks: a press there never opens an event. */
const AXIS_STRIP_PX = 14;

export interface LoadResult {
  /** Navigation start to the later of the full paint and the status line showing the total. */
  loadMs: number;
  paintMs: number;
  statusMs: number;
  breakdown: LoadBreakdown;
}

export interface TimedSteps {
  samplesMs: number[];
  medianMs: number;
}

export const statusText = (shown: number, total: number) => `Showing ${shown} of ${total} events`;

export async function openOurApp(
  page: Page,
  origin: string,
  events: number,
): Promise<LoadResult | null> {
  await page.goto(`${origin}/?lang=en&data=/bench-data/${datasetFileName(events)}`, {
    waitUntil: 'commit',
  });
  const done = await waitInPage(
    page,
    ({ events, text }) => {
      const paint = performance
        .getEntriesByName('timeline:paint')
        .find((mark) => (mark as PerformanceMark).detail?.events === events);
      const status = window.__bench.status.find((entry) => entry.text === text);
      return paint && status ? { paintMs: paint.startTime, statusMs: status.atMs } : null;
    },
    { events, text: statusText(events, events) },
    LOAD_TIMEOUT_MS,
  );
  if (!done) {
    console.warn(`  ${events} events: no complete paint within ${LOAD_TIMEOUT_MS / 1000} s`);
    return null;
  }
  const breakdown = await readLoadBreakdown(page, done.paintMs);
  return {
    loadMs: round1(Math.max(done.paintMs, done.statusMs)),
    paintMs: round1(done.paintMs),
    statusMs: round1(done.statusMs),
    breakdown,
  };
}

/** Load time and, once the page has settled (search index built), the JS heap. */
export function measureLoad(browser: Browser, origin: string, events: number) {
  return withPage(browser, async (page, cdp) => {
    const load = await openOurApp(page, origin, events);
    if (!load) return null;
    await waitForQuiet(page, cdp, 1000, STEP_TIMEOUT_MS * 2);
    const heapMb = round1(await measureHeapMb(cdp));
    return { ...load, heapMb };
  });
}

export function measureGesture(
  browser: Browser,
  origin: string,
  events: number,
): Promise<GestureResult | null> {
  return withPage(browser, async (page, cdp) => {
    if (!(await openOurApp(page, origin, events))) return null;
    await waitForQuiet(page, cdp, 1000, STEP_TIMEOUT_MS * 2);
    const box = await page.locator('[data-part="plot"]').boundingBox();
    if (!box) throw new Error('The timeline plot has no box.');
    return recordGesture(
      page,
      cdp,
      { box, yPx: AXIS_STRIP_PX, drawHook: '__TIMELINE_DRAW_MS__' },
      GESTURE_TIMEOUT_MS,
    );
  });
}

/** Kind checkbox click -> the first paint showing a different number of events. */
export function measureFilter(browser: Browser, origin: string, events: number, toggles: number) {
  return withPage(browser, async (page, cdp): Promise<TimedSteps | null> => {
    if (!(await openOurApp(page, origin, events))) return null;
    await waitForQuiet(page, cdp, 1000, STEP_TIMEOUT_MS * 2);
    const kinds = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('group', { name: 'Kinds' });
    const checkbox = kinds.getByRole('checkbox', { name: /Launch/ });
    const samplesMs: number[] = [];
    for (let i = 0; i < toggles; i++) {
      const shownBefore = await page.evaluate(
        () =>
          (performance.getEntriesByName('timeline:paint').at(-1) as PerformanceMark).detail
            .events as number,
      );
      await checkbox.click();
      const doneMs = await waitInPage(
        page,
        (shown) => {
          const clickMs = window.__bench.lastInput.click ?? Infinity;
          const paint = performance
            .getEntriesByName('timeline:paint')
            .find(
              (mark) =>
                mark.startTime > clickMs && (mark as PerformanceMark).detail?.events !== shown,
            );
          return paint ? paint.startTime - clickMs : null;
        },
        shownBefore,
        STEP_TIMEOUT_MS,
      );
      if (doneMs === null) {
        console.warn(
          `  ${events} events: no paint within ${STEP_TIMEOUT_MS / 1000} s of a kind toggle`,
        );
        return null;
      }
      samplesMs.push(round1(doneMs));
      await waitForQuiet(page, cdp, 300, STEP_TIMEOUT_MS);
    }
    return { samplesMs, medianMs: median(samplesMs) };
  });
}
