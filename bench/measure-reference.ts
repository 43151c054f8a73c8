// Measures the reference pages the way measure-ours.ts measures the app: vis-timeline
// (bench/vis/) and a bare canvas page (bench/bare/). Completion is the page's own report of a
// render: vis-timeline's 'changed' event, which it emits after a redraw has settled, and the
// bare page's report right after its first draw.
// vis-timeline can be very slow: anything past a timeout is recorded as "> timeout".
import type { Browser, Page } from 'playwright-core';
import { measureHeapMb, waitInPage, withPage } from './browser';
import { datasetFileName } from './datasets';
import { recordGesture, type DrawHook, type GestureResult } from './frame-metrics';
import type { TimedSteps } from './measure-ours';
import { waitForQuiet } from './page-waits';
import { median, round1 } from './stats';

export const VIS_LOAD_TIMEOUT_MS = 120_000;
export const VIS_STEP_TIMEOUT_MS = 30_000;
const VIS_GESTURE_TIMEOUT_MS = 60_000;
const VIS_QUIET_TIMEOUT_MS = 60_000;
/** Below the top edge of the plot, as in ours. */
const STRIP_PX = 14;

/** A measurement that did not finish within its timeout. */
export interface TimedOut {
  timedOutAfterMs: number;
}

/** A page measured beside ours: where it is served, where its plot is, where it logs draws. */
export interface ReferencePage {
  name: string;
  path: string;
  plotSelector: string;
  drawHook: DrawHook;
}

export const VIS_PAGE: ReferencePage = {
  name: 'vis-timeline',
  path: '/vis/',
  plotSelector: '.vis-panel.vis-center',
  drawHook: '__VIS_REDRAW_MS__',
};

/** The browser's floor: fetch, parse, one rectangle per event on a canvas (bench/bare/). */
export const BARE_PAGE: ReferencePage = {
  name: 'bare canvas page',
  path: '/bare/',
  plotSelector: '#plot',
  drawHook: '__BARE_DRAW_MS__',
};

async function openReference(
  page: Page,
  origin: string,
  reference: ReferencePage,
  events: number,
): Promise<number | null> {
  await page.goto(`${origin}${reference.path}?data=/bench-data/${datasetFileName(events)}`, {
    waitUntil: 'commit',
  });
  return waitInPage(
    page,
    () =>
      window.__bench.renders.find((render) => (render as { items?: number }).items)?.atMs ?? null,
    undefined,
    VIS_LOAD_TIMEOUT_MS,
  );
}

const openVis = (page: Page, origin: string, events: number) =>
  openReference(page, origin, VIS_PAGE, events);

export function measureReferenceLoad(
  browser: Browser,
  origin: string,
  reference: ReferencePage,
  events: number,
) {
  return withPage(browser, async (page, cdp) => {
    const loadMs = await openReference(page, origin, reference, events);
    if (loadMs === null) return { timedOutAfterMs: VIS_LOAD_TIMEOUT_MS };
    await waitForQuiet(page, cdp, 1000, VIS_QUIET_TIMEOUT_MS);
    const heapMb = round1(await measureHeapMb(cdp));
    return { loadMs: round1(loadMs), heapMb };
  });
}

export function measureReferenceGesture(
  browser: Browser,
  origin: string,
  reference: ReferencePage,
  events: number,
) {
  return withPage(browser, async (page, cdp): Promise<GestureResult | TimedOut> => {
    if ((await openReference(page, origin, reference, events)) === null)
      return { timedOutAfterMs: VIS_LOAD_TIMEOUT_MS };
    await waitForQuiet(page, cdp, 1000, VIS_QUIET_TIMEOUT_MS);
    const box = await page.locator(reference.plotSelector).boundingBox();
    if (!box) throw new Error(`The ${reference.name} has no plot (${reference.plotSelector}).`);
    const area = { box, yPx: STRIP_PX, drawHook: reference.drawHook };
    const result = await recordGesture(page, cdp, area, VIS_GESTURE_TIMEOUT_MS);
    return result.completed ? result : { timedOutAfterMs: VIS_GESTURE_TIMEOUT_MS };
  });
}

/**
 * `act` is one user input; the time is from that input's event to the next 'changed'. vis-timeline
 * handles some inputs synchronously for a long time, which blocks `act` itself: both waits
 * share one timeout.
 */
async function timeToRender(
  page: Page,
  inputType: 'click' | 'keydown',
  act: () => Promise<void>,
): Promise<number | null> {
  const deadlineMs = Date.now() + VIS_STEP_TIMEOUT_MS;
  if (!(await settleWithin(act(), VIS_STEP_TIMEOUT_MS))) return null;
  return waitInPage(
    page,
    (type) => {
      const inputMs = window.__bench.lastInput[type] ?? Infinity;
      const render = window.__bench.renders.find((entry) => entry.atMs > inputMs);
      return render ? render.atMs - inputMs : null;
    },
    inputType,
    Math.max(1, deadlineMs - Date.now()),
  );
}

export function measureVisFilter(
  browser: Browser,
  origin: string,
  events: number,
  toggles: number,
) {
  return withPage(browser, async (page, cdp): Promise<TimedSteps | TimedOut> => {
    if ((await openVis(page, origin, events)) === null)
      return { timedOutAfterMs: VIS_LOAD_TIMEOUT_MS };
    await waitForQuiet(page, cdp, 1000, VIS_QUIET_TIMEOUT_MS);
    const checkbox = page
      .getByRole('group', { name: 'Kinds' })
      .getByRole('checkbox', { name: /Launch/ });
    const samplesMs: number[] = [];
    for (let i = 0; i < toggles; i++) {
      const ms = await timeToRender(page, 'click', () => checkbox.click());
      if (ms === null) return { timedOutAfterMs: VIS_STEP_TIMEOUT_MS };
      samplesMs.push(round1(ms));
      await waitForQuiet(page, cdp, 300, VIS_QUIET_TIMEOUT_MS);
    }
    return { samplesMs, medianMs: median(samplesMs) };
  });
}

export interface VisSearchResult {
  keystroke: TimedSteps | TimedOut;
  /** Backspace back to an empty box: vis-timeline re-adds every item. */
  clear: TimedSteps | TimedOut;
}

/**
 * One letter into the empty search box, in a fresh page per letter: emptying the box again
 * re-adds thousands of items, which takes vis-timeline long enough to be measured once only,
 * on the last letter.
 */
export async function measureVisSearch(
  browser: Browser,
  origin: string,
  events: number,
  letters: readonly string[],
): Promise<VisSearchResult> {
  const samplesMs: number[] = [];
  let clear: TimedSteps | TimedOut = { timedOutAfterMs: VIS_STEP_TIMEOUT_MS };
  for (const [i, letter] of letters.entries()) {
    const ok = await withPage(browser, async (page, cdp) => {
      if ((await openVis(page, origin, events)) === null) return false;
      await waitForQuiet(page, cdp, 1000, VIS_QUIET_TIMEOUT_MS);
      await page.getByRole('searchbox', { name: 'Search events' }).click();
      const ms = await timeToRender(page, 'keydown', () => page.keyboard.press(letter));
      if (ms === null) return false;
      samplesMs.push(round1(ms));
      if (i === letters.length - 1) {
        if (!(await waitForQuiet(page, cdp, 300, VIS_QUIET_TIMEOUT_MS))) return true;
        const clearMs = await timeToRender(page, 'keydown', () => page.keyboard.press('Backspace'));
        if (clearMs !== null) clear = { samplesMs: [round1(clearMs)], medianMs: round1(clearMs) };
      }
      return true;
    });
    if (!ok) return { keystroke: { timedOutAfterMs: VIS_STEP_TIMEOUT_MS }, clear };
  }
  return { keystroke: { samplesMs, medianMs: median(samplesMs) }, clear };
}

/** True if `promise` settles in time; a later rejection (the page closed) is ignored. */
function settleWithin(promise: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const timeout = new Promise<boolean>(
    (done) => (timer = setTimeout(() => done(!(timedOut = true)), timeoutMs)),
  );
  const settled = promise.then(
    () => true,
    (error: unknown) => {
      if (timedOut) return true;
      throw error;
    },
  );
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}
