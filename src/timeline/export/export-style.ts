// Fonts and colours of the parts of the screen that are HTML, not canvas (title, legend, lane
// names, labels), so the exported image looks like the page. They mirror the Tailwind classes
// of kind-legend.tsx, lane-gutter.tsx and render/label-layer.ts.
import { FONT } from '../render/draw-style';

export interface ExportFont {
  sizePx: number;
  weight: 400 | 500 | 600;
}

export const EXPORT_FONTS = {
  title: { sizePx: 18, weight: 600 },
  legend: { sizePx: 14, weight: 400 },
  laneName: { sizePx: 13, weight: 500 },
  laneCount: { sizePx: 11, weight: 400 },
  label: { sizePx: 12, weight: 400 },
  openLabel: { sizePx: 12, weight: 600 },
  footer: { sizePx: 12, weight: 400 },
} satisfies Record<string, ExportFont>;

export const EXPORT_COLORS = {
  background: '#ffffff',
  title: '#0f172a',
  legend: '#334155',
  laneName: '#1e293b',
  laneCount: '#64748b',
  laneRule: '#f1f5f9',
  gutterRule: '#e2e8f0',
  border: '#cbd5e1',
  footer: '#64748b',
  label: '#1e293b',
  openLabel: '#020617',
  focusedLabel: '#1e40af',
  labelBackground: 'rgba(255,255,255,0.85)',
  empty: '#64748b',
};

/** A dimmed label (not a search match) fades like the page's `opacity-40`. */
export const DIM_LABEL_OPACITY = 0.4;
export const LABEL_HEIGHT_PX = 16;
/** The page's `px-0.5` on each side of a label's text. */
export const LABEL_PAD_PX = 2;

export function toCanvasFont(font: ExportFont): string {
  return `${font.weight} ${font.sizePx}px ${FONT}`;
}
