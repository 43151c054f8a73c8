// Binary searches over ascending arrays: a lane's visible range is found in O(log n), so a frame
// never walks events that are off screen.

/** First position in [from, to) whose value is >= target. */
export function lowerBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in [from, to) whose value is > target. */
export function upperBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose event starts at or after `targetMs`; `indexes` are ascending event indexes. */
export function lowerBoundByStart(
  indexes: ArrayLike<number>,
  startMs: Float64Array,
  targetMs: number,
): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((startMs[indexes[mid] as number] as number) < targetMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of `value` in an ascending array, or -1. */
export function indexOfSorted(values: ArrayLike<number>, value: number): number {
  const position = lowerBound(values, value);
  return position < values.length && values[position] === value ? position : -1;
}
