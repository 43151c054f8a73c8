import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml } from '../../../src/timeline/export/escape-xml';
import { fitText, wrapText, type TextMeasurer } from '../../../src/timeline/export/measure-text';

const font = { sizePx: 10, weight: 400 } as const;
const measure: TextMeasurer = (text) => text.length * 10;

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">Tom & Jerry\'s</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('bell\u0007 tab\t line\n')).toBe('bell tab&#9; line&#10;');
    expect(escapeXml('emoji 🚀, lone \uD800 half')).toBe('emoji 🚀, lone  half');
  });

  it('always yields text a parser reads back unchanged, minus the characters XML forbids', () => {
    // XML 1.0's Char production, checked code point by code point.
    const allowed = (c: number) =>
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const expected = Array.from(value)
          .filter((char) => allowed(char.codePointAt(0)!))
          .join('');
        const escaped = escapeXml(value);
        const doc = new DOMParser().parseFromString(
          `<t a="${escaped}">${escaped}</t>`,
          'application/xml',
        );
        expect(doc.querySelector('parsererror')).toBeNull();
        expect(doc.documentElement.textContent).toBe(expected);
        expect(doc.documentElement.getAttribute('a')).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitText and wrapText', () => {
  it('keeps text that fits and cuts the rest with an ellipsis, like CSS text-overflow', () => {
    expect(fitText('short', 50, font, measure)).toBe('short');
    expect(fitText('much too long', 60, font, measure)).toBe('much…');
    expect(fitText('anything', 5, font, measure)).toBe('…');
  });

  it('wraps on spaces and ends the last allowed line with an ellipsis', () => {
    expect(wrapText('one two three four', 90, font, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 90, font, measure, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapText('', 90, font, measure)).toEqual([]);
  });
});
