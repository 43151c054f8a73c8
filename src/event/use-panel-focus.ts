// Keyboard focus around the event panel: it goes in when an event is opened from the list,
// stays in the panel when a button there is disabled under it or a related event's link is
// replaced under it, and goes back to whatever opened the panel when it closes (the timeline
// when a link opened it), instead of falling to the top of the page.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { TIMELINE_ID } from '../lib/element-ids';

/** Marks controls (the list's rows) whose activation should move focus into the panel. */
export const OPENS_PANEL_ATTRIBUTE = 'data-opens-event-panel';

export function usePanelFocus(
  panelRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
  index: number,
): void {
  // A layout effect declared first: it must see the opener before the next one moves focus.
  useLayoutEffect(() => {
    const opener = focusedElement();
    const panel = panelRef.current;
    return () => {
      // Runs before the panel leaves the page, so focus may still be inside it.
      const active = focusedElement();
      const lost = active === null || panel?.contains(active) === true;
      const back = opener?.isConnected ? opener : document.getElementById(TIMELINE_ID);
      if (lost) back?.focus({ preventScroll: true });
    };
  }, [panelRef]);

  const shownIndex = useRef(index);
  useLayoutEffect(() => {
    const active = focusedElement();
    const fromList = active?.closest(`[${OPENS_PANEL_ATTRIBUTE}]`) != null;
    const stranded =
      active instanceof HTMLButtonElement && active.disabled && panelRef.current?.contains(active);
    // Another event in the same panel, and the link that opened it is gone with the old one's.
    const replaced = active === null && shownIndex.current !== index;
    shownIndex.current = index;
    // Opened from a list row: the reader wants the details, which are far down the tab order.
    if (fromList || stranded || replaced) headingRef.current?.focus({ preventScroll: true });
  }, [index, panelRef, headingRef]);
}

/** The element with focus, or null when focus is nowhere (on the body). */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
