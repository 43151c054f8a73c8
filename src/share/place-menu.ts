// Where a popover sits under its button, so that it stays on screen.

export type MenuAlign = 'start' | 'end';

/** Space kept between a popover and the edge of the screen. */
const EDGE_GAP_PX = 8;

/**
 * The popover's left edge, in px from the button's left edge. It lines up with the preferred
 * edge of the button, then moves as little as it must to stay on screen: a menu aligned to the
 * end of a button in the middle of a phone screen would otherwise grow past its left edge.
 */
export function placeMenuLeftPx(
  button: { left: number; right: number },
  viewportWidthPx: number,
  menuWidthPx: number,
  align: MenuAlign,
): number {
  const wanted = align === 'end' ? button.right - menuWidthPx : button.left;
  const rightmost = viewportWidthPx - EDGE_GAP_PX - menuWidthPx;
  const left = Math.max(EDGE_GAP_PX, Math.min(wanted, rightmost));
  return left - button.left;
}
