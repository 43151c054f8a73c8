// When an action removes the control that had focus (a filter chip, a Dismiss button), the
// browser drops focus on the page body, and the next Tab starts again from the top. This puts
// focus somewhere sensible instead, once the removal has happened (the view updates through the
// router, a few frames later).

const WAIT_FRAMES = 30;

export function refocusIfLost(target: () => HTMLElement | null | undefined): void {
  let framesLeft = WAIT_FRAMES;
  const check = () => {
    const active = document.activeElement;
    if (active === null || active === document.body) {
      target()?.focus({ preventScroll: true });
      return;
    }
    // Focus is still on the control: the view has not updated yet. Wait a little longer.
    if (--framesLeft > 0) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
