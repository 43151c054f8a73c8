// Edits to the built dist/index.html. Each edit fails loudly when its anchor is missing, so
// a change to index.html cannot silently produce pages without titles or content.

const HEAD_START = '<!-- share-meta:start -->';
const HEAD_END = '<!-- share-meta:end -->';

export interface PageHead {
  title: string;
  description: string;
  /** Extra tags, already escaped, placed before </head>. */
  tags: string[];
}

/** Removes what an earlier run added, so the script can run twice on the same dist/. */
export function stripGeneratedHead(html: string): string {
  return html.replace(new RegExp(`\\s*${HEAD_START}[\\s\\S]*?${HEAD_END}`, 'g'), '');
}

/** "./favicon.svg" means a different file at /events/<id>/; make such links absolute. */
export function absolutizeRelativeUrls(html: string, base: string): string {
  return html.replace(
    /\b(href|src)="\.\/([^"]*)"/g,
    (_, attribute: string, path: string) => `${attribute}="${base}${path}"`,
  );
}

export function setHead(html: string, head: PageHead): string {
  let result = replaceOnce(
    html,
    /<title>[\s\S]*?<\/title>/,
    `<title>${head.title}</title>`,
    '<title>',
  );
  const description = `<meta name="description" content="${head.description}" />`;
  result = /<meta\s+name="description"[^>]*>/.test(result)
    ? result.replace(/<meta\s+name="description"[^>]*>/, description)
    : replaceOnce(result, /<\/title>/, `</title>\n    ${description}`, '</title>');
  const block = [HEAD_START, ...head.tags, HEAD_END].map((line) => `    ${line}`).join('\n');
  return replaceOnce(result, /\s*<\/head>/, `\n${block}\n  </head>`, '</head>');
}

/** Puts the static page inside #root; React's createRoot replaces it when JavaScript runs. */
export function setRootContent(html: string, content: string): string {
  return replaceOnce(
    html,
    /<div id="root">[\s\S]*?<\/div>\s*(?=<noscript|<\/body>)/,
    `<div id="root">${content}</div>\n    `,
    '<div id="root"></div>',
  );
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, anchor: string): string {
  if (!pattern.test(html))
    throw new Error(`dist/index.html has no ${anchor}; cannot build event pages from it.`);
  return html.replace(pattern, () => replacement);
}

/**
 * The <noscript> note, when the page has one; its text must already be escaped. `before` and
 * `after` are markup around it (already escaped too).
 */
export function setNoscript(
  html: string,
  text: string,
  { before = '', after = '' }: { before?: string; after?: string } = {},
): string {
  return html.replace(
    /<noscript>[\s\S]*?<\/noscript>/,
    () =>
      `<noscript><div class="mx-auto max-w-2xl px-4 pb-8 sm:px-8">${before}<p class="text-sm text-slate-600">${text}</p>${after}</div></noscript>`,
  );
}
