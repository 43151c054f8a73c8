// Tab and Shift+Tab wrap around inside a container, for a drawer that covers the page without
// being a <dialog> (on wide screens the same element is an ordinary side panel).

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function keepTabInside(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  // Focus on the container itself (it takes focus when the control that had it is gone) is
  // before its first control.
  const target =
    !container.contains(active) || active === container
      ? event.shiftKey
        ? last
        : first
      : event.shiftKey && active === first
        ? last
        : !event.shiftKey && active === last
          ? first
          : null;
  if (!target) return;
  event.preventDefault();
  target.focus();
}
