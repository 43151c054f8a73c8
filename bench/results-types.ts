// The shape of bench/results/*.json: one run of `npm run bench`.
import type { GestureResult } from './frame-metrics';
import type { LoadBreakdown } from './load-breakdown';
import type { TimedSteps } from './measure-ours';
import type { TimedOut } from './measure-reference';

export interface LoadSummary {
  medianMs: number;
  samplesMs: number[];
  heapMb: number;
  /** Where the time went in the median sample (ours only). */
  breakdown?: LoadBreakdown;
}

export interface SizeResult {
  events: number;
  load: LoadSummary | TimedOut | null;
  gesture: GestureResult | TimedOut | null;
  filter: TimedSteps | TimedOut | null;
  search: TimedSteps | TimedOut | null;
  searchClear: TimedSteps | TimedOut | null;
  /** Ours only: a keystroke as soon as the timeline is painted (see measure-ours.ts). */
  searchRightAfterLoadMs?: number | null;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchRun {
  date: string;
  chromium: string;
  cpu: { model: string; cores: number };
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverageAtStart: number;
  node: string;
  gestureMs: number;
  ours: SizeResult[];
  vis: SizeResult[];
  /** The bare canvas page (bench/bare/): load and gesture only, at vis-timeline's sizes. */
  bare: SizeResult[];
  targets: TargetCheck[];
  wallMs: number;
}

export const isTimedOut = (value: unknown): value is TimedOut =>
  typeof value === 'object' && value !== null && 'timedOutAfterMs' in value;
