// The timeline is pixels on a canvas; the `view` URL parameter says which window it shows.
import type { Page } from '@playwright/test';

/** The `view` parameter as [startMs, endMs], read from the URL; null without one. */
export function viewOf(page: Page): [number, number] | null {
  const view = new URL(page.url()).searchParams.get('view');
  const match = view && /^([\d-]+)\.\.([\d-]+)$/.exec(view);
  if (!match) return null;
  const toMs = (date: string) =>
    Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return [toMs(match[1]!), toMs(match[2]!)];
}
