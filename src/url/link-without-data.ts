/** The same page without `?data=`, on this site's own dataset; null when it already is. */
export function linkWithoutData(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('data')) return null;
  url.searchParams.delete('data');
  return url.pathname + url.search;
}
