// d3-zoom on the plot: wheel, mouse drag and pinch change the window; it is read back as ms so
// the renderer never stores the transform itself. Horizontal trackpad swipes and one-finger
// touch drags pan here instead, so that a vertical swipe can still scroll the page.
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import {
  clampWindow,
  createBaseScale,
  transformForWindow,
  windowFromTransform,
  type ZoomBounds,
} from '../time-scale';
import type { TimeWindow } from '../timeline-props';
import { attachTouchPan } from '../../lib/touch-pan';

export interface ZoomCallbacks {
  /** Every change, user or programmatic. */
  onChange: (window: TimeWindow) => void;
  /** A user gesture began (cancel animations, hide the tooltip). */
  onGestureStart: () => void;
  /** A user gesture ended: the moment to record the window. */
  onGestureEnd: (window: TimeWindow) => void;
}

export interface ZoomController {
  setGeometry: (bounds: ZoomBounds, widthPx: number, heightPx: number, window: TimeWindow) => void;
  setWindow: (window: TimeWindow) => void;
  destroy: () => void;
}

const SWIPE_IDLE_MS = 200;

export function createZoomController(
  target: HTMLElement,
  callbacks: ZoomCallbacks,
): ZoomController {
  let bounds: ZoomBounds | null = null;
  let base = createBaseScale(
    { fullWindow: { startMs: 0, endMs: 1 }, minSpanMs: 1, maxZoomK: 1 },
    1,
  );
  let current: TimeWindow = { startMs: 0, endMs: 1 };
  let widthPx = 1;
  let swipeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointerType = '';
  // Gestures from d3-zoom, touch pans and swipes can overlap (a pan that becomes a pinch): the
  // renderer hears of one gesture, and the window is recorded once, when the last one ends.
  let gestures = 0;
  const beginGesture = () => {
    if (gestures++ === 0) callbacks.onGestureStart();
  };
  const endGesture = () => {
    if (gestures > 0 && --gestures === 0) callbacks.onGestureEnd(current);
  };

  const behavior = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const wheel = event as WheelEvent;
        return Math.abs(wheel.deltaY) >= Math.abs(wheel.deltaX);
      }
      // One finger is a page scroll or a touch pan; d3-zoom takes only the pinch. It reads every
      // finger down when the second one lands, so the first still counts.
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      // The mouse events a browser makes up after a tap are not a drag.
      if (lastPointerType === 'touch') return false;
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button;
    })
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) beginGesture();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      current = windowFromTransform(base, event.transform);
      callbacks.onChange(current);
    })
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) endGesture();
    });

  const selection = select(target);
  selection.call(behavior).on('dblclick.zoom', null);

  const setWindow = (window: TimeWindow) => {
    current = bounds ? clampWindow(window, bounds) : window;
    behavior.transform(selection, transformForWindow(base, current));
  };

  const onSwipe = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    const msPerPx = (current.endMs - current.startMs) / widthPx;
    const shiftMs = event.deltaX * (event.deltaMode ? 20 : 1) * msPerPx;
    if (!swipeTimer) beginGesture();
    setWindow({ startMs: current.startMs + shiftMs, endMs: current.endMs + shiftMs });
    clearTimeout(swipeTimer);
    swipeTimer = setTimeout(() => {
      swipeTimer = undefined;
      endGesture();
    }, SWIPE_IDLE_MS);
  };
  target.addEventListener('wheel', onSwipe, { passive: false });

  const notePointer = (event: PointerEvent) => {
    lastPointerType = event.pointerType;
  };
  target.addEventListener('pointerdown', notePointer);

  let panFrom: TimeWindow = current;
  const detachTouchPan = attachTouchPan(target, {
    onStart() {
      beginGesture();
      panFrom = current;
    },
    onMove(dxPx) {
      // From where the drag began, so the instant under the finger stays under it.
      const shiftMs = (-dxPx * (panFrom.endMs - panFrom.startMs)) / widthPx;
      setWindow({ startMs: panFrom.startMs + shiftMs, endMs: panFrom.endMs + shiftMs });
    },
    onEnd: endGesture,
  });

  return {
    setGeometry(nextBounds, nextWidthPx, heightPx, window) {
      bounds = nextBounds;
      widthPx = Math.max(1, nextWidthPx);
      base = createBaseScale(nextBounds, widthPx);
      const size: [[number, number], [number, number]] = [
        [0, 0],
        [widthPx, Math.max(1, heightPx)],
      ];
      behavior.scaleExtent([1, nextBounds.maxZoomK]).extent(size).translateExtent(size);
      setWindow(window);
    },
    setWindow,
    destroy() {
      clearTimeout(swipeTimer);
      target.removeEventListener('wheel', onSwipe);
      target.removeEventListener('pointerdown', notePointer);
      detachTouchPan();
      selection.on('.zoom', null);
    },
  };
}
