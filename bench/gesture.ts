// The scripted 3-second zoom-and-pan, the same for every page: real wheel and mouse input
// through the browser, spread over time as a person would move, not fired all at once.
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Step =
  | { atMs: number; type: 'wheel'; xFrac: number; deltaY: number }
  | { atMs: number; type: 'down' | 'move' | 'up'; xFrac: number };

export const GESTURE_MS = 3000;

/**
 * Zoom in, drag left, zoom out a little, drag right. Input comes at about 60 events a second,
 * as from a real wheel or mouse, so every frame has work to do. Each part starts after the
 * previous one has ended (d3-zoom ends a wheel gesture 150 ms after the last wheel event), so
 * every commit of the window to the URL falls between parts, not inside one.
 */
function planGesture(): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < 15; i++)
    steps.push({ atMs: i * 60, type: 'wheel', xFrac: 0.6, deltaY: -160 });
  steps.push(...planDrag(1100, 1900, 0.75, 0.25));
  for (let i = 0; i < 7; i++)
    steps.push({ atMs: 1950 + i * 60, type: 'wheel', xFrac: 0.4, deltaY: 160 });
  steps.push(...planDrag(2550, 2990, 0.3, 0.7));
  return steps;
}

function planDrag(fromMs: number, toMs: number, fromFrac: number, toFrac: number): Step[] {
  const moves = Math.round((toMs - fromMs) / 16);
  const steps: Step[] = [{ atMs: fromMs, type: 'down', xFrac: fromFrac }];
  for (let i = 1; i <= moves; i++) {
    const t = i / moves;
    steps.push({
      atMs: fromMs + t * (toMs - fromMs - 10),
      type: 'move',
      xFrac: fromFrac + t * (toFrac - fromFrac),
    });
  }
  steps.push({ atMs: toMs, type: 'up', xFrac: toFrac });
  return steps;
}

export interface GestureRun {
  /** Wall time the input took; longer than GESTURE_MS when the page could not keep up. */
  elapsedMs: number;
  completed: boolean;
}

/**
 * Plays the gesture over `box`, `yPx` from its top (a strip without marks, so a press never
 * lands on an event). Gives up on the remaining steps after `timeoutMs`.
 */
export async function playGesture(
  page: Page,
  box: Box,
  yPx: number,
  timeoutMs: number,
): Promise<GestureRun> {
  const startedMs = Date.now();
  const y = box.y + yPx;
  const xOf = (frac: number) => box.x + box.width * frac;
  await page.mouse.move(xOf(0.6), y);
  for (const step of planGesture()) {
    const elapsedMs = Date.now() - startedMs;
    if (elapsedMs > timeoutMs) {
      await page.mouse.up().catch(() => undefined);
      return { elapsedMs, completed: false };
    }
    if (step.atMs > elapsedMs) await sleep(step.atMs - elapsedMs);
    if (step.type === 'wheel') {
      await page.mouse.move(xOf(step.xFrac), y);
      await page.mouse.wheel(0, step.deltaY);
    } else if (step.type === 'down') {
      await page.mouse.move(xOf(step.xFrac), y);
      await page.mouse.down();
    } else if (step.type === 'move') {
      await page.mouse.move(xOf(step.xFrac), y);
    } else {
      await page.mouse.move(xOf(step.xFrac), y);
      await page.mouse.up();
    }
  }
  return { elapsedMs: Date.now() - startedMs, completed: true };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
