// What is wrong with a file's bytes, when it is not UTF-8 text. Said in words, because the
// engine's own JSON error quotes the start of the text, which for an image, an archive or a
// file in another encoding is a row of unprintable characters.

const SAMPLE_CHARS = 1024;

/** Text saved as UTF-16, text in an older encoding, or no text at all. */
export type EncodingProblem = 'utf-16' | 'not-utf-8' | 'binary';

/** Judged from the characters near the start, as decoded from UTF-8. */
export function findEncodingProblem(text: string): EncodingProblem | null {
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
  if (Math.max(nulAtEven, nulAtOdd) >= sample.length / 4) return 'utf-16';
  if (nulAtEven + nulAtOdd > 0) return 'binary';
  if (undecodable > 0) return 'not-utf-8';
  return null;
}
