// Touch events for jsdom, which has neither Touch nor a TouchEvent that carries touches.

export interface FakeTouch {
  identifier: number;
  clientX: number;
  clientY: number;
}

/** A touch event as Chromium sends it: every finger down, and the ones that changed. */
export function touchEvent(type: string, touches: FakeTouch[], changedTouches = touches): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperties(event, {
    touches: { value: touches },
    changedTouches: { value: changedTouches },
  });
  return event;
}

/** d3-zoom and d3-brush listen for touches only on a touch screen. */
export function pretendTouchScreen(): () => void {
  Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
  return () => Reflect.deleteProperty(navigator, 'maxTouchPoints');
}
