// Every text in the exported SVG goes through here: a title like "<script>" must stay text, and
// a stray control character must not make the whole document unreadable.

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so a parser keeps them in attribute values instead of making them spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// XML 1.0 forbids these outright, even escaped: C0 controls other than tab, LF and CR, lone
// surrogates, and U+FFFE/U+FFFF. A parser rejects the file if one slips through.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content and quoted attribute values alike. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char] ?? char);
}
