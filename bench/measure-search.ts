// Measures our search: a letter typed into the empty box (and Backspace) -> the status line
// shows the new count; also the same keystroke the moment the timeline is first painted.
import type { Browser, Page } from 'playwright-core';
import { waitInPage, withPage } from './browser';
import { openOurApp, statusText, STEP_TIMEOUT_MS, type TimedSteps } from './measure-ours';
import { waitForQuiet } from './page-waits';
import { median, round1 } from './stats';

/** Typed right after load: it matches one title word in ten ("Robot news 12"). */
const EARLY_LETTER = 'r';

export interface SearchResult {
  keystroke: TimedSteps;
  /** Backspace back to an empty box, to the status line showing every event again. */
  clear: TimedSteps;
  /**
   * The same keystroke the moment the timeline is painted, before the page settles: a large
   * dataset's search index is still being built then, and the answer waits for it.
   */
  rightAfterLoadMs: number | null;
}

/** One letter typed into an empty search box -> the status line shows the new count. */
export function measureSearch(
  browser: Browser,
  origin: string,
  events: number,
  letters: readonly string[],
) {
  return withPage(browser, async (page, cdp): Promise<SearchResult | null> => {
    if (!(await openOurApp(page, origin, events))) return null;
    const all = statusText(events, events);
    await page.getByRole('searchbox', { name: 'Search events' }).click();
    const rightAfterLoadMs = await timeKeyToStatus(page, EARLY_LETTER, { all, wantAll: false });
    if (
      rightAfterLoadMs === null ||
      (await timeKeyToStatus(page, 'Backspace', { all, wantAll: true })) === null
    )
      return null;
    await waitForQuiet(page, cdp, 1000, STEP_TIMEOUT_MS * 2);
    const typedMs: number[] = [];
    const clearedMs: number[] = [];
    for (const letter of letters) {
      const typed = await timeKeyToStatus(page, letter, { all, wantAll: false });
      if (typed === null) return null;
      typedMs.push(typed);
      await waitForQuiet(page, cdp, 300, STEP_TIMEOUT_MS);
      const cleared = await timeKeyToStatus(page, 'Backspace', { all, wantAll: true });
      if (cleared === null) return null;
      clearedMs.push(cleared);
      await waitForQuiet(page, cdp, 300, STEP_TIMEOUT_MS);
    }
    return {
      keystroke: { samplesMs: typedMs, medianMs: median(typedMs) },
      clear: { samplesMs: clearedMs, medianMs: median(clearedMs) },
      rightAfterLoadMs,
    };
  });
}

/** Presses `key`; ms from its keydown to the status line showing all events, or fewer. */
async function timeKeyToStatus(
  page: Page,
  key: string,
  wanted: { all: string; wantAll: boolean },
): Promise<number | null> {
  await page.keyboard.press(key);
  const ms = await waitInPage(
    page,
    ({ all, wantAll }) => {
      const keyMs = window.__bench.lastInput.keydown ?? Infinity;
      const status = window.__bench.status.find(
        (entry) => entry.atMs > keyMs && (entry.text === all) === wantAll,
      );
      return status ? status.atMs - keyMs : null;
    },
    wanted,
    STEP_TIMEOUT_MS,
  );
  if (ms === null)
    console.warn(`  the status line did not change within ${STEP_TIMEOUT_MS / 1000} s of "${key}"`);
  return ms === null ? null : round1(ms);
}
