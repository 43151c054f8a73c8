// Ids of elements that other parts of the page move focus to or link to.

/** The timeline's single focusable element (skip links, focus returning from the event). */
export const TIMELINE_ID = 'timeline';
