// Brushing dates with a finger: an edge is taken from a finger's width away, a drag inside the
// range moves it, and anywhere else a drag draws a new range. With d3-brush's 6 px handles a
// finger beside an edge threw the range away and started another.
import { describe, expect, it } from 'vitest';
import { dragRange, EDGE_GRAB_PX, grabAt } from '../../../src/filters/touch-brush';

const RANGE = [100, 200] as const;
const WIDTH_PX = 300;

describe('grabAt', () => {
  it('takes the nearer edge from a finger’s width away, on either side', () => {
    expect(grabAt(100 - EDGE_GRAB_PX, RANGE)).toBe('start');
    expect(grabAt(106, RANGE)).toBe('start');
    expect(grabAt(194, RANGE)).toBe('end');
    expect(grabAt(200 + EDGE_GRAB_PX, RANGE)).toBe('end');
  });

  it('moves the range from inside it, and starts anew outside it or without one', () => {
    expect(grabAt(150, RANGE)).toBe('range');
    expect(grabAt(100 - EDGE_GRAB_PX - 1, RANGE)).toBe('new');
    expect(grabAt(260, RANGE)).toBe('new');
    expect(grabAt(150, null)).toBe('new');
  });

  it('takes the nearer edge of a range narrower than a finger', () => {
    expect(grabAt(98, [100, 104])).toBe('start');
    expect(grabAt(103, [100, 104])).toBe('end');
  });
});

describe('dragRange', () => {
  it('draws a new range between where the finger went down and where it is, either way', () => {
    expect(dragRange('new', null, 50, 80, WIDTH_PX)).toEqual([50, 130]);
    expect(dragRange('new', RANGE, 250, -30, WIDTH_PX)).toEqual([220, 250]);
  });

  it('moves one edge as far as the finger, turning the range around past the other', () => {
    // Taken hold of 4 px beside it, the edge does not jump to the finger.
    expect(dragRange('start', RANGE, 96, 20, WIDTH_PX)).toEqual([120, 200]);
    expect(dragRange('end', RANGE, 204, -150, WIDTH_PX)).toEqual([50, 100]);
  });

  it('moves the whole range, stopping at the ends of the strip', () => {
    expect(dragRange('range', RANGE, 150, 40, WIDTH_PX)).toEqual([140, 240]);
    expect(dragRange('range', RANGE, 150, 500, WIDTH_PX)).toEqual([200, 300]);
    expect(dragRange('range', RANGE, 150, -500, WIDTH_PX)).toEqual([0, 100]);
  });

  it('keeps a drawn range inside the strip', () => {
    expect(dragRange('new', null, 250, 400, WIDTH_PX)).toEqual([250, 300]);
    expect(dragRange('end', RANGE, 200, -400, WIDTH_PX)).toEqual([0, 100]);
    expect(dragRange('start', RANGE, 100, 400, WIDTH_PX)).toEqual([200, 300]);
  });
});
