import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNeighbours } from '../../../src/event/neighbours';

const shown = Uint32Array.from([2, 5, 9]);

describe('findNeighbours', () => {
  it('gives the shown events before and after the open one', () => {
    expect(findNeighbours(shown, 5)).toEqual({ previous: 2, next: 9 });
  });

  it('has no previous at the first event and no next at the last', () => {
    expect(findNeighbours(shown, 2)).toEqual({ previous: null, next: 5 });
    expect(findNeighbours(shown, 9)).toEqual({ previous: 5, next: null });
  });

  it('steps to the nearest shown events from an event the filters hide', () => {
    expect(findNeighbours(shown, 6)).toEqual({ previous: 5, next: 9 });
    expect(findNeighbours(shown, 0)).toEqual({ previous: null, next: 2 });
    expect(findNeighbours(shown, 12)).toEqual({ previous: 9, next: null });
  });

  it('has nowhere to go when nothing is shown or only the open event is', () => {
    expect(findNeighbours(new Uint32Array(), 3)).toEqual({ previous: null, next: null });
    expect(findNeighbours(Uint32Array.from([3]), 3)).toEqual({ previous: null, next: null });
  });

  it('agrees with a linear scan for any shown set and open event', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200), { maxLength: 50 }), fc.nat(210), (values, index) => {
        const visible = Uint32Array.from(values.sort((a, b) => a - b));
        const before = values.filter((value) => value < index);
        const after = values.filter((value) => value > index);
        expect(findNeighbours(visible, index)).toEqual({
          previous: before.at(-1) ?? null,
          next: after[0] ?? null,
        });
      }),
    );
  });
});
