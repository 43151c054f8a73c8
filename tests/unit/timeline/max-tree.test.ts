import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectAbove, createMaxTree, queryMax } from '../../../src/timeline/max-tree';

describe('max tree', () => {
  it('answers range maxima and finds the values above a threshold, like a plain scan would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 70 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 1000 }),
        (values, a, b, threshold) => {
          const lo = a % values.length;
          const hi = lo + (b % (values.length - lo + 1));
          const tree = createMaxTree(values);
          const slice = values.slice(lo, hi);
          expect(queryMax(tree, lo, hi)).toBe(slice.length ? Math.max(...slice) : -Infinity);
          const found: number[] = [];
          collectAbove(tree, lo, hi, threshold, found);
          expect(found).toEqual(slice.flatMap((value, i) => (value > threshold ? [lo + i] : [])));
        },
      ),
    );
  });
});
