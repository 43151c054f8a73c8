// Escaping for generated pages: HTML text (shared with the app) and JSON inside <script>.
export { escapeHtml } from '../../src/share/escape-html.ts';

/**
 * JSON for a <script type="application/ld+json"> block: "<" as \u003c so no "</script>" or
 * "<!--" can end the block early; the line separators are escaped for old JS parsers.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Cuts long text at a word boundary for meta descriptions, which are shown truncated anyway. */
export function truncateText(value: string, maxLength: number): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
