// Text widths for laying out the export: measured on a canvas in the browser (the same fonts
// the page uses), estimated where there is none (jsdom, tests). Plus fitting text to a width.
import { toCanvasFont, type ExportFont } from './export-style';

export type TextMeasurer = (text: string, font: ExportFont) => number;

const ELLIPSIS = '…';

/** Roughly the average glyph width of a UI sans-serif, per px of font size. */
export const estimateTextPx: TextMeasurer = (text, font) =>
  text.length * font.sizePx * (font.weight >= 600 ? 0.6 : 0.55);

export function createTextMeasurer(ctx: CanvasRenderingContext2D | null): TextMeasurer {
  if (!ctx) return estimateTextPx;
  return (text, font) => {
    ctx.font = toCanvasFont(font);
    return ctx.measureText(text).width;
  };
}

/** The text, or its longest prefix that fits with an ellipsis (like CSS `text-overflow`). */
export function fitText(
  text: string,
  maxPx: number,
  font: ExportFont,
  measure: TextMeasurer,
): string {
  if (measure(text, font) <= maxPx) return text;
  let low = 0;
  let high = text.length;
  // Binary search on the prefix length: measuring is the cost, not the loop.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, font) <= maxPx) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? ELLIPSIS : text.slice(0, low).trimEnd() + ELLIPSIS;
}

/**
 * Word-wraps at plain spaces (a no-break space keeps words together) into at most maxLines
 * lines; the last one ends in an ellipsis if text is left over.
 */
export function wrapText(
  text: string,
  maxPx: number,
  font: ExportFont,
  measure: TextMeasurer,
  maxLines = Infinity,
): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let w = 0; w < words.length; w++) {
    const candidate = line ? `${line} ${words[w]}` : words[w]!;
    if (!line || measure(candidate, font) <= maxPx) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      return [...lines, fitText(`${line} ${words.slice(w).join(' ')}`, maxPx, font, measure)];
    }
    lines.push(line);
    line = words[w]!;
  }
  if (line) lines.push(line);
  return lines.map((each) => fitText(each, maxPx, font, measure));
}
