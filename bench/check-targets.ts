// The targets, checked against one run. The benchmark reports them; it never fails on
// them (timing assertions do not belong in a test suite that runs on shared machines).
import type { GestureResult } from './frame-metrics';
import { isTimedOut, type SizeResult, type TargetCheck } from './results-types';

/** One 60 Hz frame, plus the jitter of rAF timestamps in headless Chromium. */
export const ONE_FRAME_MS = 17.5;

const numberOf = (value: unknown, field: string): number | null => {
  if (!value || isTimedOut(value)) return null;
  const read = (value as Record<string, unknown>)[field];
  return typeof read === 'number' ? read : null;
};

function under(target: string, value: number | null, limit: number, unit: string): TargetCheck {
  return {
    target,
    measured: value === null ? 'not measured (timed out or failed)' : `${value} ${unit}`,
    met: value !== null && value < limit,
  };
}

/**
 * vis-timeline's value over ours, met at 10x. With the bare canvas page measured too, the
 * result also says how far the browser's own floor is from vis-timeline: a ratio no page could
 * beat.
 */
function ratio(
  target: string,
  vis: SizeResult,
  ours: SizeResult | undefined,
  read: (s: SizeResult) => number | null,
  bare?: SizeResult,
): TargetCheck {
  const oursValue = ours ? read(ours) : null;
  const visValue = read(vis);
  const timedOut = isTimedOut(vis.load) || isTimedOut(vis.gesture);
  if (oursValue === null || oursValue <= 0 || (visValue === null && !timedOut)) {
    return { target, measured: 'not measured', met: false };
  }
  if (visValue === null) return { target, measured: 'vis-timeline timed out', met: true };
  const times = visValue / oursValue;
  const bareValue = bare ? read(bare) : null;
  const floor =
    bareValue !== null && bareValue > 0
      ? `; the bare canvas page: ${(visValue / bareValue).toFixed(1)}x (${bareValue})`
      : '';
  return {
    target,
    measured: `${times.toFixed(1)}x (vis ${visValue}, ours ${oursValue})${floor}`,
    met: times >= 10,
  };
}

export function checkTargets(
  ours: SizeResult[],
  vis: SizeResult[],
  bare: SizeResult[] = [],
): TargetCheck[] {
  const big = ours.find((size) => size.events === 100_000);
  const gesture = (s: SizeResult, field: keyof GestureResult) => numberOf(s.gesture, field);
  const checks: TargetCheck[] = [];
  if (big) {
    checks.push(
      under(
        '100k: first complete paint within 2 s of navigation',
        numberOf(big.load, 'medianMs'),
        2000.1,
        'ms',
      ),
      under(
        `100k: zoom/pan frame p95 within one 60 Hz frame (<= ${ONE_FRAME_MS} ms interval)`,
        gesture(big, 'frameP95Ms'),
        ONE_FRAME_MS + 0.01,
        'ms',
      ),
      under('100k: renderer draw p95 under 16.7 ms', gesture(big, 'drawP95Ms'), 16.7, 'ms'),
      under('100k: kind toggle under 100 ms', numberOf(big.filter, 'medianMs'), 100, 'ms'),
      under('100k: search keystroke under 100 ms', numberOf(big.search, 'medianMs'), 100, 'ms'),
      under('100k: JS heap under 400 MB', numberOf(big.load, 'heapMb'), 400, 'MB'),
    );
  }
  for (const visSize of vis) {
    const oursSize = ours.find((size) => size.events === visSize.events);
    const bareSize = bare.find((size) => size.events === visSize.events);
    const n = `${visSize.events / 1000}k`;
    checks.push(
      ratio(
        `${n}: load >= 10x faster than vis-timeline`,
        visSize,
        oursSize,
        (s) => numberOf(s.load, 'medianMs'),
        bareSize,
      ),
      ratio(
        `${n}: gesture frame p95 >= 10x shorter than vis-timeline`,
        visSize,
        oursSize,
        (s) => gesture(s, 'frameP95Ms'),
        bareSize,
      ),
      ratio(`${n}: (supplementary) gesture draw p95 >= 10x cheaper`, visSize, oursSize, (s) =>
        gesture(s, 'drawP95Ms'),
      ),
    );
  }
  return checks;
}
