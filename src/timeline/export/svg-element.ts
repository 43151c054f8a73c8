// Builds SVG markup as strings, with every attribute value and text escaped: the exporter never
// parses strings into DOM, and no dataset text can become markup.
import { escapeXml } from './escape-xml';
import type { ExportFont } from './export-style';

export type SvgAttrs = Record<string, string | number | null | undefined>;

/** Two decimals are finer than a device pixel and keep the file small. */
export function formatSvgNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

export function svgElement(name: string, attrs: SvgAttrs, children?: string): string {
  let markup = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    markup += ` ${key}="${typeof value === 'number' ? formatSvgNumber(value) : escapeXml(value)}"`;
  }
  return children === undefined ? `${markup}/>` : `${markup}>${children}</${name}>`;
}

/** Text whose y is its vertical middle, like the canvas's textBaseline = 'middle'. */
export function svgText(attrs: SvgAttrs, text: string): string {
  return svgElement('text', { dy: '0.35em', ...attrs }, escapeXml(text));
}

export function svgFontAttrs(font: ExportFont): SvgAttrs {
  return { 'font-size': font.sizePx, 'font-weight': font.weight === 400 ? undefined : font.weight };
}

/** A clipping viewport: a nested <svg> hides what overflows it, with no ids to keep unique. */
export function svgClip(
  xPx: number,
  yPx: number,
  widthPx: number,
  heightPx: number,
  children: string,
): string {
  return svgElement(
    'svg',
    { x: xPx, y: yPx, width: widthPx, height: heightPx, overflow: 'hidden' },
    children,
  );
}
