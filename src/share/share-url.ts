import type { SearchState } from '../url/search-state';
import { toQueryString } from '../url/serialize-search';

/**
 * The link to share: the current view in canonical form (/events/<id> when an event is open,
 * parameters in a fixed order, defaults left out). `base` is the app's base path, so links
 * work when it is hosted in a sub-folder.
 */
export function buildShareUrl(
  origin: string,
  base: string,
  search: SearchState,
  openEventId?: string,
): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = openEventId ? `${root}events/${encodeURIComponent(openEventId)}` : root;
  return `${origin}${path}${toQueryString(search)}`;
}
