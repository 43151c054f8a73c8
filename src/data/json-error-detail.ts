// Why a text is not JSON, in words a reader can use. The engine's own message quotes the start
// of the text, which for an image or an archive is a row of unprintable characters.

const SAMPLE_CHARS = 1024;

export function jsonErrorDetail(text: string, error: unknown): string {
  if (looksBinary(text))
    return 'it is not a text file (an image, an archive or another binary file)';
  return error instanceof Error ? error.message : String(error);
}

/** NUL bytes, or bytes that are not UTF-8 (decoded as U+FFFD), near the start. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  let unreadable = 0;
  for (const char of sample) if (char === '\u0000' || char === '\uFFFD') unreadable++;
  return unreadable > 0 && unreadable >= Math.min(4, sample.length / 100);
}
