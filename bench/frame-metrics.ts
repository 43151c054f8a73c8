// Records what a page does during the scripted gesture: animation-frame intervals (what a user
// sees), the renderer's own draw cost, React commits and main-thread task time.
import type { CDPSession, Page } from 'playwright-core';
import { playGesture, type Box } from './gesture';
import { readTaskMs } from './browser';
import { intervals, percentile, round1 } from './stats';

/** A frame counts as dropped when it took longer than one and a half 60 Hz frames. */
export const DROPPED_FRAME_MS = 1.5 * (1000 / 60);

export interface GestureResult {
  completed: boolean;
  elapsedMs: number;
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  droppedFrames: number;
  /** The page's draws, from its draw-cost hook (null for a page without one). */
  draws: number | null;
  drawP50Ms: number | null;
  drawP95Ms: number | null;
  drawMaxMs: number | null;
  /** React commits during the recording; each gesture's end writes the URL (a commit). */
  reactCommits: number;
  /** Commits while a button was held or wheel events were still coming: should be none. */
  reactCommitsMidGesture: number;
  /** Most paints (timeline:paint marks) in one animation frame: should be 1. */
  maxPaintsPerFrame: number | null;
  /** Renders the page itself reported (vis-timeline's 'changed'). */
  pageRenders: number;
  /** Main-thread busy time over the gesture, per second of gesture. */
  mainThreadBusyMsPerS: number;
}

/** Where a page leaves the JS cost of each draw. */
export type DrawHook = '__TIMELINE_DRAW_MS__' | '__VIS_REDRAW_MS__' | '__BARE_DRAW_MS__';

export async function recordGesture(
  page: Page,
  cdp: CDPSession,
  area: { box: Box; yPx: number; drawHook: DrawHook },
  timeoutMs: number,
): Promise<GestureResult> {
  const { box, yPx, drawHook } = area;
  const before = await page.evaluate((hook) => {
    const draws = window[hook] ?? [];
    window.__bench.startFrames();
    return {
      draws: draws.length,
      commits: window.__bench.commits.length,
      renders: window.__bench.renders.length,
      pointer: window.__bench.pointerLog.length,
      paints: performance.getEntriesByName('timeline:paint').length,
    };
  }, drawHook);
  const taskBeforeMs = await readTaskMs(cdp);
  const run = await playGesture(page, box, yPx, timeoutMs);
  // Let the frames the last input asked for happen before stopping the clock.
  await page.waitForTimeout(150);
  const after = await page.evaluate(
    ({ from, hook }) => {
      const draws = window[hook];
      return {
        frameTimesMs: window.__bench.stopFrames(),
        drawMs: draws ? draws.slice(from.draws) : null,
        commitsMs: window.__bench.commits.slice(from.commits),
        renders: window.__bench.renders.length - from.renders,
        pointerLog: window.__bench.pointerLog.slice(from.pointer),
        paintsMs: performance
          .getEntriesByName('timeline:paint')
          .slice(from.paints)
          .map((mark) => mark.startTime),
      };
    },
    { from: before, hook: drawHook },
  );
  const taskMs = (await readTaskMs(cdp)) - taskBeforeMs;

  const frameMs = intervals(after.frameTimesMs);
  const drawMs = after.drawMs;
  const spanMs = (after.frameTimesMs.at(-1) ?? 0) - (after.frameTimesMs[0] ?? 0);
  return {
    completed: run.completed,
    elapsedMs: Math.round(run.elapsedMs),
    frames: frameMs.length,
    frameP50Ms: round1(percentile(frameMs, 50)),
    frameP95Ms: round1(percentile(frameMs, 95)),
    frameMaxMs: round1(Math.max(...frameMs)),
    droppedFrames: frameMs.filter((ms) => ms > DROPPED_FRAME_MS).length,
    draws: drawMs ? drawMs.length : null,
    drawP50Ms: drawMs ? round1(percentile(drawMs, 50)) : null,
    drawP95Ms: drawMs ? round1(percentile(drawMs, 95)) : null,
    drawMaxMs: drawMs ? round1(Math.max(...drawMs)) : null,
    reactCommits: after.commitsMs.length,
    reactCommitsMidGesture: countMidGesture(after.commitsMs, after.pointerLog),
    maxPaintsPerFrame:
      after.paintsMs.length > 0 ? countMaxPerFrame(after.paintsMs, after.frameTimesMs) : null,
    pageRenders: after.renders,
    mainThreadBusyMsPerS: spanMs > 0 ? Math.round((taskMs / spanMs) * 1000) : NaN,
  };
}

/** d3-zoom ends a wheel gesture after this much quiet. */
const WHEEL_IDLE_MS = 150;

/** Times that fall while a button is held, or between wheel events of one burst. */
function countMidGesture(
  timesMs: readonly number[],
  log: readonly { type: string; atMs: number }[],
): number {
  const spans: [number, number][] = [];
  let downMs: number | null = null;
  let lastWheelMs = -Infinity;
  for (const { type, atMs } of log) {
    if (type === 'mousedown') downMs = atMs;
    if (type === 'mouseup' && downMs !== null) {
      spans.push([downMs, atMs]);
      downMs = null;
    }
    if (type === 'wheel') {
      if (atMs - lastWheelMs < WHEEL_IDLE_MS) spans.push([lastWheelMs, atMs]);
      lastWheelMs = atMs;
    }
  }
  return timesMs.filter((timeMs) => spans.some(([from, to]) => timeMs > from && timeMs < to))
    .length;
}

/** The most `timesMs` that fall in one frame (frames start at `frameStartsMs`). */
function countMaxPerFrame(timesMs: readonly number[], frameStartsMs: readonly number[]): number {
  const perFrame = new Map<number, number>();
  for (const timeMs of timesMs) {
    const frame = frameStartsMs.findLastIndex((startMs) => startMs <= timeMs);
    perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
  }
  return Math.max(0, ...perFrame.values());
}
