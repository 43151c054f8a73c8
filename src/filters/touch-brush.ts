// Brushing a range with one finger, where d3-brush's own touch handling would take every
// swipe: which part of the range a finger takes hold of, and the range a sideways drag makes.
// A finger is far wider than d3-brush's 6 px handles, so an edge is taken from nearby.

/** How near an edge of the range a finger may land and still move that edge (CSS px). */
export const EDGE_GRAB_PX = 16;

/** An edge of the range, the whole range, or a new range from where the finger went down. */
export type TouchBrushGrab = 'start' | 'end' | 'range' | 'new';

export type PxRange = readonly [number, number];

export function grabAt(xPx: number, range: PxRange | null, grabPx = EDGE_GRAB_PX): TouchBrushGrab {
  if (!range) return 'new';
  const [startPx, endPx] = range;
  const toStart = Math.abs(xPx - startPx);
  const toEnd = Math.abs(xPx - endPx);
  // The nearer edge, so that a range narrower than a finger can still be widened.
  if (Math.min(toStart, toEnd) <= grabPx) return toStart <= toEnd ? 'start' : 'end';
  return xPx > startPx && xPx < endPx ? 'range' : 'new';
}

/** The range after the finger that took hold at `originPx` has moved `dxPx`, within the strip. */
export function dragRange(
  grab: TouchBrushGrab,
  range: PxRange | null,
  originPx: number,
  dxPx: number,
  widthPx: number,
): PxRange {
  const clamp = (px: number) => Math.min(widthPx, Math.max(0, px));
  const fingerPx = clamp(originPx + dxPx);
  const between = (a: number, b: number): PxRange => [Math.min(a, b), Math.max(a, b)];
  if (!range || grab === 'new') return between(clamp(originPx), fingerPx);
  const [startPx, endPx] = range;
  switch (grab) {
    // The edge moves as far as the finger, from where it was (the finger took hold of it from
    // beside it). Dragged past the other edge, it turns the range around, as with a mouse.
    case 'start':
      return between(clamp(startPx + dxPx), endPx);
    case 'end':
      return between(startPx, clamp(endPx + dxPx));
    case 'range': {
      const width = endPx - startPx;
      const movedStart = Math.min(widthPx - width, Math.max(0, startPx + dxPx));
      return [movedStart, movedStart + width];
    }
  }
}
