// How far to scroll the page to bring a box into view, and no further.

/** Room left between the box and the edge of the screen. */
const MARGIN_PX = 8;

/**
 * The vertical scroll, in px, that brings a box (its top and bottom relative to the viewport)
 * into view: 0 when it is already in, otherwise just enough to show it with a margin. A box
 * taller than the screen shows its top.
 */
export function scrollToShowPx(topPx: number, bottomPx: number, viewportHeightPx: number): number {
  if (topPx < MARGIN_PX) return topPx - MARGIN_PX;
  if (bottomPx > viewportHeightPx - MARGIN_PX)
    return Math.min(bottomPx - viewportHeightPx + MARGIN_PX, topPx - MARGIN_PX);
  return 0;
}
