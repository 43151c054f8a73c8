// Why a text is not JSON, in words a reader can act on. The engine's own message quotes the
// start of the text, which for an image, an archive or a file in another encoding is a row of
// unprintable characters.

const SAMPLE_CHARS = 1024;

export function jsonErrorDetail(text: string, error: unknown): string {
  return describeEncoding(text) ?? (error instanceof Error ? error.message : String(error));
}

/** What is wrong with the bytes near the start of the file, if anything. */
export function describeEncoding(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  let nulAtEven = 0;
  let nulAtOdd = 0;
  let undecodable = 0;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i];
    if (char === '\u0000') {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    } else if (char === '\uFFFD') undecodable++;
  }
  // Text saved as UTF-16 (Excel's "Unicode text", PowerShell 5's ">") read as UTF-8: a NUL
  // beside every plain letter.
  if (Math.max(nulAtEven, nulAtOdd) >= sample.length / 4)
    return 'it is saved as UTF-16 text; save it as UTF-8 and open it again';
  if (nulAtEven + nulAtOdd > 0)
    return 'it is not a text file (an image, an archive or another binary file)';
  if (undecodable > 0)
    return 'it is not UTF-8 text (perhaps Windows-1251 or another older encoding); save it as UTF-8 and open it again';
  return null;
}
