// One draw per animation frame, however many zoom events arrive; plus eased window animations.
import { cancelFrame, requestFrame } from '../../lib/animation-frame';
import { interpolateWindow } from '../time-scale';
import type { TimeWindow } from '../timeline-props';

export interface FrameScheduler {
  schedule: () => void;
  cancel: () => void;
}

export function createFrameScheduler(draw: () => void): FrameScheduler {
  let handle = 0;
  return {
    schedule() {
      if (handle) return;
      handle = requestFrame(() => {
        handle = 0;
        draw();
      });
    },
    cancel() {
      if (handle) cancelFrame(handle);
      handle = 0;
    },
  };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Eases from one window to another; returns a function that stops the animation. */
export function animateWindow(
  from: TimeWindow,
  to: TimeWindow,
  durationMs: number,
  step: (window: TimeWindow) => void,
  done: () => void,
): () => void {
  const startedMs = performance.now();
  let handle = 0;
  const tick = () => {
    const t = Math.min(1, (performance.now() - startedMs) / durationMs);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    step(t >= 1 ? to : interpolateWindow(from, to, eased));
    if (t < 1) handle = requestFrame(tick);
    else done();
  };
  handle = requestFrame(tick);
  return () => cancelFrame(handle);
}
