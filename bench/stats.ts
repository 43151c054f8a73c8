// Small statistics for the benchmark's samples.

/** Nearest-rank percentile (p in 0..100); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Differences between consecutive timestamps. */
export function intervals(timesMs: readonly number[]): number[] {
  return timesMs.slice(1).map((timeMs, i) => timeMs - timesMs[i]!);
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
