// When an action removes the control that had focus (a filter chip, a Dismiss button), the
// browser drops focus on the page body, and the next Tab starts again from the top. This puts
// focus somewhere sensible instead, once the removal has happened (the view updates through the
// router, a few frames later).

import { requestFrame } from './animation-frame';

const WAIT_FRAMES = 30;

export function refocusIfLost(target: () => HTMLElement | null | undefined): void {
  const control = document.activeElement;
  let framesLeft = WAIT_FRAMES;
  const check = () => {
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) {
      target()?.focus({ preventScroll: true });
      return;
    }
    // Still on the control: the view has not updated yet, or the action kept the control.
    // Anywhere else, the reader has moved on, and focus is theirs.
    if (active === control && --framesLeft > 0) requestFrame(check);
  };
  requestFrame(check);
}
