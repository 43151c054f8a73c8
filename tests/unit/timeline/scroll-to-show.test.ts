import { describe, expect, it } from 'vitest';
import { scrollToShowPx } from '../../../src/timeline/scroll-to-show';

describe('scrollToShowPx', () => {
  it('leaves a box in view where it is', () => {
    expect(scrollToShowPx(100, 200, 800)).toBe(0);
  });

  it('scrolls down just enough for a box below the screen', () => {
    expect(scrollToShowPx(1600, 1665, 800)).toBe(1665 - 800 + 8);
  });

  it('scrolls up to a box above the screen', () => {
    expect(scrollToShowPx(-300, -235, 800)).toBe(-308);
  });

  it('shows the top of a box taller than the screen', () => {
    expect(scrollToShowPx(500, 2000, 800)).toBe(492);
  });
});
