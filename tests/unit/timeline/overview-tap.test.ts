// The overview strip: a click, or a tap (which the browser also sends as mouse events), beside
// the brush centres the window where it landed. On a touch screen a sideways drag pans the
// window and an up or down swipe is left to the page: d3-brush once took every touch, so a
// swipe meant to scroll moved or zoomed the timeline instead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverview, pointerX } from '../../../src/timeline/render/overview';
import { computeZoomBounds } from '../../../src/timeline/time-scale';
import { makeCatalog } from '../../fixtures/make-dataset';
import { pretendTouchScreen, touchEvent } from './touch-events';

const WIDTH_PX = 400;
const catalog = makeCatalog();
const bounds = computeZoomBounds([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]);
const full = bounds.fullWindow;
const msPerPx = (full.endMs - full.startMs) / WIDTH_PX;
const msAt = (xPx: number) => full.startMs + xPx * msPerPx;
const view = { startMs: msAt(300), endMs: msAt(340) };

function setup() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  // jsdom has no pointer capture; the browser's keeps a drag on the strip.
  svg.setPointerCapture = vi.fn();
  document.body.append(svg);
  const onBrush = vi.fn();
  const overview = createOverview(svg, { onBrush }, () => 20);
  const all = Uint32Array.from(catalog.events.keys());
  overview.setData(catalog, all, bounds, WIDTH_PX, 'en');
  overview.setWindow(view);
  const overlay = svg.querySelector('.overlay')!;
  /** The window the last brush event asked for. */
  const lastWindow = () => onBrush.mock.lastCall![0] as typeof view;
  const centreMs = () => (lastWindow().startMs + lastWindow().endMs) / 2;
  const finger = (type: string, x: number, y: number) =>
    overlay.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        pointerType: 'touch',
        isPrimary: true,
        clientX: x,
        clientY: y,
        bubbles: true,
      }),
    );
  return { svg, overlay, onBrush, lastWindow, centreMs, finger };
}

/** d3-brush follows a mouse through the window it is in (jsdom will not take `view` in init). */
function mouseEvent(type: string, clientX: number): MouseEvent {
  const event = new MouseEvent(type, { clientX, bubbles: true });
  Object.defineProperty(event, 'view', { value: window });
  return event;
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
  it('centres the window where a click or tap lands', () => {
    const { overlay, onBrush, centreMs } = setup();
    overlay.dispatchEvent(mouseEvent('mousedown', 40));
    window.dispatchEvent(mouseEvent('mouseup', 40));
    expect(onBrush).toHaveBeenLastCalledWith(expect.anything(), true);
    expect(centreMs()).toBeCloseTo(msAt(40), -3);
  });

  it('pans the window with a sideways drag of a finger, and records it when the finger lifts', () => {
    const { svg, onBrush, lastWindow, finger } = setup();
    expect(svg.style.touchAction).toBe('pan-y');
    finger('pointerdown', 100, 10);
    for (let x = 110; x <= 160; x += 10) finger('pointermove', x, 12);
    expect(onBrush).toHaveBeenLastCalledWith(expect.anything(), false);
    // Dragged 60 px right: the window follows the finger, 60 px of the strip later.
    expect(lastWindow().startMs).toBeCloseTo(view.startMs + 60 * msPerPx, -3);
    expect(lastWindow().endMs - lastWindow().startMs).toBeCloseTo(view.endMs - view.startMs, -3);
    finger('pointerup', 160, 12);
    expect(onBrush).toHaveBeenLastCalledWith(lastWindow(), true);
  });

  it('stops the window at the end of the range, and moves it back when the finger returns', () => {
    const { onBrush, lastWindow, finger } = setup();
    finger('pointerdown', 100, 10);
    finger('pointermove', 300, 10);
    // The window was 60 px from the end: it goes no further.
    expect(lastWindow().endMs).toBeCloseTo(full.endMs, -3);
    finger('pointermove', 150, 10);
    expect(lastWindow().startMs).toBeCloseTo(view.startMs + 50 * msPerPx, -3);
    finger('pointerup', 150, 10);
    expect(onBrush).toHaveBeenLastCalledWith(lastWindow(), true);
  });

  it('leaves an up or down swipe to the page, even one that drifts sideways', () => {
    const { overlay, onBrush, finger } = setup();
    finger('pointerdown', 100, 30);
    finger('pointermove', 104, 10);
    // The browser scrolls the page and takes the pointer.
    finger('pointercancel', 104, 10);
    // d3-brush no longer listens to the touches themselves.
    const touch = { identifier: 0, clientX: 104, clientY: 10 };
    overlay.dispatchEvent(touchEvent('touchstart', [touch]));
    overlay.dispatchEvent(touchEvent('touchend', [], [touch]));
    expect(onBrush).not.toHaveBeenCalled();
  });

  it('reads a mouse from its own position, and nothing from an event without one', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(16, 500, WIDTH_PX, 44));
    expect(pointerX(new MouseEvent('mouseup', { clientX: 56 }), svg)).toBe(40);
    expect(pointerX(new KeyboardEvent('keydown'), svg)).toBeNull();
  });
});
