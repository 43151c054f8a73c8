// Single-page hosts answer a mistyped path with their own index.html and status 200, so a
// web page arrives where a dataset was expected: saying so is clearer than the CSV or JSON
// error the page would otherwise cause.
// No imports: the download checks this before the converters have loaded.

const HTML_START = /^(<!doctype\s+html|<html)[\s>]/i;

/** Why `text` is a web page rather than a dataset, or null when it is not one. */
export function describeWebPage(text: string, contentType = ''): string | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const start = HTML_START.exec(body);
  if (start) return `it starts with "${start[1]!.replace(/\s+/, ' ')}", as web pages do`;
  // A server may label a real dataset wrongly, so the label alone needs markup to go with it.
  if (/^\s*text\/html\b/i.test(contentType) && body.startsWith('<'))
    return 'the server sent it as an HTML page (text/html)';
  return null;
}
