/**
 * The link to share: the current view, in the canonical /events/<id> form when an event is
 * open. `base` is the app's base path, so links work when it is hosted in a sub-folder.
 */
export function buildShareUrl(location: { origin: string; search: string }, base: string, openEventId?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = openEventId ? `${root}events/${encodeURIComponent(openEventId)}` : root;
  return `${location.origin}${path}${location.search}`;
}
