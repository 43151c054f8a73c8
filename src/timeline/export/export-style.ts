// Fonts and colours of the parts of the screen that are HTML, not canvas (title, legend, lane
// names, labels), so the exported image looks like the page. They mirror the Tailwind classes
// of kind-legend.tsx, lane-gutter.tsx and render/label-layer.ts.
import { FONT } from '../render/draw-style';
import type { ExportLabel } from './timeline-snapshot';

export interface ExportFont {
  sizePx: number;
  weight: 400 | 500 | 600 | 700;
}

export const EXPORT_FONTS = {
  title: { sizePx: 18, weight: 600 },
  legend: { sizePx: 14, weight: 400 },
  laneName: { sizePx: 13, weight: 500 },
  laneCount: { sizePx: 11, weight: 400 },
  label: { sizePx: 12, weight: 400 },
  openLabel: { sizePx: 12, weight: 600 },
  footer: { sizePx: 12, weight: 400 },
  laneTag: { sizePx: 11, weight: 600 },
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
  laneTag: '#334155',
  laneTagBackground: 'rgba(255,255,255,0.9)',
};

/** A dimmed label (not a search match) fades like the page's `opacity-40`. */
export const DIM_LABEL_OPACITY = 0.4;
export const LABEL_HEIGHT_PX = 16;
/** The page's `px-0.5` on each side of a label's text. */
export const LABEL_PAD_PX = 2;
/** The lane tag's `px-1`, and its `left-1` from the plot's edge. */
export const LANE_TAG_PAD_PX = 4;
/** The lane tag's `max-w-[150px]`. */
export const LANE_TAG_MAX_PX = 150;

export function toCanvasFont(font: ExportFont): string {
  return `${font.weight} ${font.sizePx}px ${FONT}`;
}

export function labelFont(label: ExportLabel): ExportFont {
  return label.state === 'open' ? EXPORT_FONTS.openLabel : EXPORT_FONTS.label;
}

export function labelColor(label: ExportLabel): string {
  return label.state === 'focused'
    ? EXPORT_COLORS.focusedLabel
    : label.state === 'open'
      ? EXPORT_COLORS.openLabel
      : EXPORT_COLORS.label;
}
