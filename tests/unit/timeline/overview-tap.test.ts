// The overview strip: a click or a tap beside the brush centres the window where it landed. A
// touch has no clientX of its own, so a tap once fell back to the middle of the whole range.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverview, pointerX } from '../../../src/timeline/render/overview';
import { computeZoomBounds } from '../../../src/timeline/time-scale';
import { makeCatalog } from '../../fixtures/make-dataset';
import { pretendTouchScreen, touchEvent } from './touch-events';

const WIDTH_PX = 400;
const catalog = makeCatalog();
const bounds = computeZoomBounds([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]);
const full = bounds.fullWindow;
const msAt = (xPx: number) => full.startMs + (xPx / WIDTH_PX) * (full.endMs - full.startMs);
const view = { startMs: msAt(300), endMs: msAt(340) };

function setup() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  const onBrush = vi.fn();
  const overview = createOverview(svg, { onBrush }, () => 20);
  const all = Uint32Array.from(catalog.events.keys());
  overview.setData(catalog, all, bounds, WIDTH_PX, 'en');
  overview.setWindow(view);
  const overlay = svg.querySelector('.overlay')!;
  /** The centre of the window the last brush event asked for. */
  const centreMs = () => {
    const window = onBrush.mock.lastCall![0] as typeof view;
    return (window.startMs + window.endMs) / 2;
  };
  return { overlay, onBrush, centreMs };
}

let forgetTouchScreen = () => {};
beforeEach(() => {
  forgetTouchScreen = pretendTouchScreen();
});
afterEach(() => {
  forgetTouchScreen();
  document.body.replaceChildren();
});

describe('the overview strip', () => {
  it('centres the window where a tap lands', () => {
    const { overlay, onBrush, centreMs } = setup();
    const finger = { identifier: 0, clientX: 40, clientY: 10 };
    overlay.dispatchEvent(touchEvent('touchstart', [finger]));
    overlay.dispatchEvent(touchEvent('touchend', [], [finger]));
    expect(onBrush).toHaveBeenLastCalledWith(expect.anything(), true);
    expect(centreMs()).toBeCloseTo(msAt(40), -3);
  });

  it('reads a mouse from its own position, and nothing from an event without one', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(16, 500, WIDTH_PX, 44));
    expect(pointerX(new MouseEvent('mouseup', { clientX: 56 }), svg)).toBe(40);
    expect(pointerX(new KeyboardEvent('keydown'), svg)).toBeNull();
  });
});
