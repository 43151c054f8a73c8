// TimelineJS texts are HTML. This app shows text as text, so markup is reduced to plain
// text here (without a DOM, so it runs in Node and in tests) and never rendered as HTML.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
};

/** An end tag that breaks a line, as the tag's name reads in TAG_NAME. */
const LINE_BREAKING = /^(br|\/(p|div|li|h[1-6]))$/;
/** The name of the tag that starts at lastIndex ('/' first for an end tag). */
const TAG_NAME = /<(\/?[a-z][a-z0-9]*)/y;

export function stripHtml(html: string): string {
  const lower = asciiLowerCase(html);
  const find = createFinder(lower);
  const parts: string[] = [];
  for (let at = 0; at < html.length;) {
    const open = find('<', at);
    if (open === -1) {
      parts.push(html.slice(at));
      break;
    }
    parts.push(html.slice(at, open));
    // As in HTML, only a letter, "/", "!" or "?" after "<" makes a tag: "1 < 2" is text.
    if (!/[a-z/!?]/.test(lower[open + 1] ?? '')) {
      parts.push('<');
      at = open + 1;
      continue;
    }
    if (lower.startsWith('<!--', open)) {
      const close = find('-->', open + 4);
      parts.push(' ');
      // A comment that never closes hides the rest, as it does in a browser.
      if (close === -1) break;
      at = close + 3;
      continue;
    }
    const tagEnd = find('>', open + 1);
    if (tagEnd === -1) {
      // "a < b": no tag, just text.
      parts.push(html.slice(open));
      break;
    }
    TAG_NAME.lastIndex = open;
    const name = TAG_NAME.exec(lower)?.[1] ?? '';
    if (name === 'script' || name === 'style') {
      // Their content is never text, closed or not.
      parts.push(' ');
      const close = findEndTag(lower, find, name, tagEnd + 1);
      if (!close) break;
      at = close.end;
      continue;
    }
    parts.push(LINE_BREAKING.test(name) ? '\n' : '');
    at = tagEnd + 1;
  }
  return decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export interface HtmlLink {
  url: string;
  text: string;
}

/** The http(s) links in a piece of HTML, which TimelineJS authors often use to cite sources. */
export function extractLinks(html: string): HtmlLink[] {
  const lower = asciiLowerCase(html);
  const find = createFinder(lower);
  const links: HtmlLink[] = [];
  for (let at = 0; ;) {
    const open = find('<a', at);
    if (open === -1) break;
    const tagEnd = find('>', open);
    if (tagEnd === -1) break;
    // "<abbr>" is no link.
    if (!/[\s/>]/.test(lower[open + 2]!)) {
      at = open + 2;
      continue;
    }
    const href = HREF.exec(html.slice(open, tagEnd));
    const close = findEndTag(lower, find, 'a', tagEnd + 1);
    if (!close) break;
    const url = decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim();
    if (/^https?:\/\//i.test(url))
      links.push({ url, text: stripHtml(html.slice(tagEnd + 1, close.start)) });
    at = close.end;
  }
  return links;
}

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

// Every search below goes forward through the text and remembers what it found, so that no
// stretch of it is read twice for the same thing. Regular expressions that look for a closing
// tag from every opening one (/<!--[\s\S]*?-->/) take time that grows with the square of the
// text: a file of "<!--" repeated a few hundred thousand times held the page for minutes.

type Finder = (needle: string, from: number) => number;

/** indexOf that answers again from memory while the answer still holds. */
function createFinder(text: string): Finder {
  const found = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const known = found.get(needle);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = text.indexOf(needle, from);
    found.set(needle, { from, at });
    return at;
  };
}

/** The first end tag `</name>` after `from`: where it starts, and just past its ">". */
function findEndTag(
  lower: string,
  find: Finder,
  name: string,
  from: number,
): { start: number; end: number } | null {
  for (let at = from; ;) {
    const start = find(`</${name}`, at);
    if (start === -1) return null;
    const after = start + 2 + name.length;
    // "</abbr>" does not close an "a".
    if (/[\s>]/.test(lower[after] ?? '')) {
      const end = find('>', after);
      return end === -1 ? null : { start, end: end + 1 };
    }
    at = after;
  }
}

/** Lower case for A-Z only, so that every index into it is an index into the original. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
