// One-finger drags on a touch screen, for an element with `touch-action: pan-y` (the timeline's
// plot, the overview strip, the date brush). Vertical swipes are left to the browser, which
// scrolls the page and cancels the pointer; a horizontal drag stays with the page and is
// reported from here. Two fingers are a pinch, for someone else (d3-zoom on the plot).

export type PanAxis = 'undecided' | 'x' | 'y';

/** How far a finger travels before a touch is a drag rather than a tap. */
const PAN_SLOP_PX = 10;

/**
 * Which way a one-finger drag goes, from its travel since the finger went down. A diagonal
 * counts as vertical: scrolling the page is the safer guess on a screen the timeline fills.
 */
export function decidePanAxis(dxPx: number, dyPx: number, slopPx = PAN_SLOP_PX): PanAxis {
  if (Math.hypot(dxPx, dyPx) < slopPx) return 'undecided';
  return Math.abs(dxPx) > Math.abs(dyPx) ? 'x' : 'y';
}

export interface TouchPanCallbacks {
  /** A horizontal drag began, from where the finger went down (client coordinates). */
  onStart: (originX: number) => void;
  /** The finger is `dxPx` right of where it went down. */
  onMove: (dxPx: number) => void;
  /** Every finger is up (or taken by the browser) after a drag that began. */
  onEnd: () => void;
}

export function attachTouchPan(
  target: Element & GlobalEventHandlers,
  callbacks: TouchPanCallbacks,
): () => void {
  const fingers = new Set<number>();
  /** The finger that may pan: the only one down since the touch began. */
  let origin: { id: number; x: number; y: number } | null = null;
  let axis: PanAxis = 'undecided';
  let panning = false;
  let swallowClick = false;
  const endPan = () => {
    panning = false;
    callbacks.onEnd();
  };

  const onDown = (event: PointerEvent) => {
    swallowClick = false;
    if (event.pointerType !== 'touch') return;
    // The first finger of a new touch: forget any finger whose lift never reached the target.
    if (event.isPrimary) {
      fingers.clear();
      if (panning) endPan();
    }
    fingers.add(event.pointerId);
    // A second finger makes a pinch. A pan already under way stays open until every finger is
    // up, so a pan that turns into a pinch is one gesture and records the view once.
    origin =
      fingers.size === 1 ? { id: event.pointerId, x: event.clientX, y: event.clientY } : null;
    axis = 'undecided';
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerId !== origin?.id || axis === 'y') return;
    const dxPx = event.clientX - origin.x;
    if (axis === 'undecided') {
      axis = decidePanAxis(dxPx, event.clientY - origin.y);
      if (axis !== 'x') return;
      // The label under the finger may leave the screen as the view moves; the rest of the
      // drag must still come here.
      target.setPointerCapture(event.pointerId);
      panning = true;
      callbacks.onStart(origin.x);
    }
    callbacks.onMove(dxPx);
  };
  const onUp = (event: PointerEvent) => {
    if (!fingers.delete(event.pointerId)) return;
    if (event.pointerId === origin?.id) origin = null;
    if (fingers.size > 0 || !panning) return;
    endPan();
    // A short drag can still end in a tap; it must not open the event under the finger.
    swallowClick = true;
  };
  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  target.addEventListener('pointerdown', onDown);
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onUp);
  target.addEventListener('click', onClick, { capture: true });
  return () => {
    target.removeEventListener('pointerdown', onDown);
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onUp);
    target.removeEventListener('pointercancel', onUp);
    target.removeEventListener('click', onClick, { capture: true });
  };
}
