// Searches over ascending arrays that d3-array's bisectors do not name directly. A lane's
// visible range is found in O(log n), so a frame never walks events that are off screen.
import { bisectLeft, bisector } from 'd3-array';

/** First position whose event starts at or after `targetMs`; `indexes` are ascending event indexes. */
export function lowerBoundByStart(
  indexes: ArrayLike<number>,
  startMs: Float64Array,
  targetMs: number,
): number {
  return bisector((index: number) => startMs[index]!).left(indexes, targetMs);
}

/** Position of `value` in an ascending array, or -1. */
export function indexOfSorted(values: ArrayLike<number>, value: number): number {
  const position = bisectLeft(values, value);
  return position < values.length && values[position] === value ? position : -1;
}
