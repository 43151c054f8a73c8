// Links to the current view: the embeddable one (embed=1) and the full app's, both built
// from the view state rather than read from the address bar, so they follow every change.
import type { SearchState } from '../url/search-state';
import { escapeHtml } from './escape-html';
import { buildShareUrl } from './share-url';

export const EMBED_HEIGHT_PX = 480;

export interface ViewLocation {
  origin: string;
  /** The app's base path ("/" or "/repo/"). */
  base: string;
  search: SearchState;
  openEventId?: string;
}

/** The canonical link of the view (as the Share button builds it), with or without embed=1. */
export function buildViewUrl(
  { origin, base, search, openEventId }: ViewLocation,
  embed: boolean,
): string {
  return buildShareUrl(origin, base, { ...search, embed }, openEventId);
}

export function buildEmbedSnippet(src: string, title: string, heightPx = EMBED_HEIGHT_PX): string {
  // clipboard-write lets the embedded Share button copy links inside a cross-origin frame.
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${heightPx}" ` +
    `style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write"></iframe>`
  );
}
