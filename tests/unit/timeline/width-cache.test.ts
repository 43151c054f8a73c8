import { describe, expect, it, vi } from 'vitest';
import { createWidthCache } from '../../../src/timeline/render/width-cache';

describe('createWidthCache', () => {
  it('measures each text once and answers from memory after', () => {
    const widthOf = createWidthCache();
    const measure = vi.fn((text: string) => text.length * 6);
    expect(widthOf('2025', measure)).toBe(24);
    expect(widthOf('2025', measure)).toBe(24);
    expect(widthOf('Jan 2026', measure)).toBe(48);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it('starts over past its limit, so texts that never repeat cannot pile up', () => {
    const widthOf = createWidthCache(2);
    const measure = vi.fn(() => 10);
    for (const text of ['a', 'b', 'c', 'd', 'a']) widthOf(text, measure);
    expect(measure).toHaveBeenCalledTimes(5);
  });
});
