/** Saves text or a Blob as a file through a temporary link, the one way every browser supports. */
export function downloadFile(name: string, mime: string, content: string | Blob): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mime }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "The AI industry: foundings…" -> "the-ai-industry-foundings-2025-08-13.csv". */
export function buildExportFileName(title: string, extension: string, now = new Date()): string {
  return `${slugifyTitle(title)}-${now.toISOString().slice(0, 10)}.${extension}`;
}

const MAX_SLUG_CHARS = 40;

/** The words of `slug` that fit in `maxChars`; a single longer word is cut. */
function cutAtWord(slug: string, maxChars: number): string {
  if (slug.length <= maxChars) return slug;
  const cut = slug.slice(0, maxChars + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxChars);
}

/** "The AI industry: foundings…" -> "the-ai-industry-foundings" (Cyrillic kept; "events" if nothing is left). */
export function slugifyTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9а-яё]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, MAX_SLUG_CHARS) || 'events';
}
