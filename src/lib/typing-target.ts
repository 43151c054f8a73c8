// Page-wide single-key shortcuts (`/`, `?`) must not fire while someone is typing.

/** Whether a key pressed on `target` is text being typed: a field, a select or editable text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
