// Touch on the plot: a one-finger horizontal drag pans the window and ends as one gesture, the
// moment the view is recorded; a vertical swipe is left to the page; a touch that barely moves
// is still a tap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decidePanAxis } from '../../../src/lib/touch-pan';
import { createZoomController } from '../../../src/timeline/render/zoom-controller';
import { computeZoomBounds } from '../../../src/timeline/time-scale';
import { pretendTouchScreen, touchEvent } from './touch-events';

const WIDTH_PX = 400;
const bounds = computeZoomBounds([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]);
/** Four years across 400 px: a pixel is about 3.65 days. */
const view = { startMs: Date.UTC(2008, 0, 1), endMs: Date.UTC(2012, 0, 1) };
const msPerPx = (view.endMs - view.startMs) / WIDTH_PX;

function setup() {
  const plot = document.createElement('div');
  // jsdom has no pointer capture; the browser's is what keeps a drag on the plot.
  plot.setPointerCapture = vi.fn();
  const callbacks = { onChange: vi.fn(), onGestureStart: vi.fn(), onGestureEnd: vi.fn() };
  const controller = createZoomController(plot, callbacks);
  controller.setGeometry(bounds, WIDTH_PX, 200, view);
  callbacks.onChange.mockClear();
  const finger = (type: string, id: number, x: number, y: number, target: Element = plot) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        pointerId: id,
        pointerType: 'touch',
        isPrimary: id === 1,
        clientX: x,
        clientY: y,
        bubbles: true,
      }),
    );
  const lastWindow = () => callbacks.onChange.mock.lastCall?.[0] as typeof view | undefined;
  return { plot, callbacks, controller, finger, lastWindow };
}

let forgetTouchScreen = () => {};
beforeEach(() => {
  forgetTouchScreen = pretendTouchScreen();
});
afterEach(() => forgetTouchScreen());

describe('decidePanAxis', () => {
  it('waits until the finger has travelled, then follows the larger movement', () => {
    expect(decidePanAxis(4, 3)).toBe('undecided');
    expect(decidePanAxis(-30, 8)).toBe('x');
    expect(decidePanAxis(5, -40)).toBe('y');
    // A diagonal scrolls the page: the timeline fills most of a phone screen.
    expect(decidePanAxis(20, 20)).toBe('y');
  });
});

describe('touch on the plot', () => {
  it('pans the window with a one-finger horizontal drag and records it once, at the end', () => {
    const { finger, callbacks, lastWindow } = setup();
    finger('pointerdown', 1, 300, 50);
    for (let x = 280; x >= 100; x -= 20) finger('pointermove', 1, x, 52);
    expect(callbacks.onGestureStart).toHaveBeenCalledTimes(1);
    expect(callbacks.onGestureEnd).not.toHaveBeenCalled();
    // Dragged 200 px left: the view is 200 px later, and the instant touched is under the finger.
    expect(lastWindow()!.startMs).toBeCloseTo(view.startMs + 200 * msPerPx, -3);
    finger('pointerup', 1, 100, 52);
    expect(callbacks.onGestureEnd).toHaveBeenCalledTimes(1);
    expect(callbacks.onGestureEnd.mock.lastCall![0].startMs).toBeCloseTo(
      view.startMs + 200 * msPerPx,
      -3,
    );
  });

  it('keeps panning when the drag starts on a label that then leaves the plot', () => {
    const { plot, finger, callbacks, lastWindow } = setup();
    const label = document.createElement('div');
    plot.append(label);
    finger('pointerdown', 1, 300, 50, label);
    finger('pointermove', 1, 250, 50, label);
    expect(plot.setPointerCapture).toHaveBeenCalledWith(1);
    label.remove();
    // Captured, the rest of the drag comes to the plot itself.
    finger('pointermove', 1, 100, 50);
    finger('pointerup', 1, 100, 50);
    expect(lastWindow()!.startMs).toBeCloseTo(view.startMs + 200 * msPerPx, -3);
    expect(callbacks.onGestureEnd).toHaveBeenCalledTimes(1);
  });

  it('leaves one finger to the browser, which may scroll the page, and takes two to pinch', () => {
    const { plot } = setup();
    const one = { identifier: 0, clientX: 200, clientY: 150 };
    const two = { identifier: 1, clientX: 260, clientY: 150 };
    plot.dispatchEvent(touchEvent('touchstart', [one]));
    const swipe = touchEvent('touchmove', [{ ...one, clientY: 60 }]);
    plot.dispatchEvent(swipe);
    // A cancelled touchmove is what stops the page from scrolling.
    expect(swipe.defaultPrevented).toBe(false);
    plot.dispatchEvent(touchEvent('touchend', [], [{ ...one, clientY: 60 }]));

    plot.dispatchEvent(touchEvent('touchstart', [one]));
    plot.dispatchEvent(touchEvent('touchstart', [one, two], [two]));
    const pinch = touchEvent('touchmove', [one, { ...two, clientX: 320 }], [two]);
    plot.dispatchEvent(pinch);
    expect(pinch.defaultPrevented).toBe(true);
  });

  it('leaves a vertical swipe to the page', () => {
    const { finger, callbacks } = setup();
    finger('pointerdown', 1, 200, 150);
    for (let y = 130; y >= 20; y -= 10) finger('pointermove', 1, 203, y);
    finger('pointercancel', 1, 203, 20);
    expect(callbacks.onChange).not.toHaveBeenCalled();
    expect(callbacks.onGestureStart).not.toHaveBeenCalled();
    expect(callbacks.onGestureEnd).not.toHaveBeenCalled();
  });

  it('lets a tap through as a click, and swallows the click that ends a drag', () => {
    const { plot, finger, callbacks } = setup();
    const clicks = vi.fn();
    plot.addEventListener('click', clicks);
    finger('pointerdown', 1, 200, 50);
    finger('pointermove', 1, 203, 51);
    finger('pointerup', 1, 203, 51);
    plot.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(callbacks.onGestureStart).not.toHaveBeenCalled();

    finger('pointerdown', 1, 200, 50);
    finger('pointermove', 1, 180, 50);
    finger('pointerup', 1, 180, 50);
    plot.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('hands a second finger to the pinch and ends the whole touch as one gesture', () => {
    const { finger, callbacks, lastWindow } = setup();
    finger('pointerdown', 1, 300, 50);
    finger('pointermove', 1, 260, 50);
    const panned = lastWindow()!;
    finger('pointerdown', 2, 100, 50);
    // The first finger no longer pans on its own.
    finger('pointermove', 1, 200, 50);
    expect(lastWindow()).toEqual(panned);
    finger('pointerup', 1, 200, 50);
    expect(callbacks.onGestureEnd).not.toHaveBeenCalled();
    finger('pointerup', 2, 100, 50);
    expect(callbacks.onGestureStart).toHaveBeenCalledTimes(1);
    expect(callbacks.onGestureEnd).toHaveBeenCalledTimes(1);
    expect(callbacks.onGestureEnd.mock.lastCall![0]).toEqual(panned);
  });
});
