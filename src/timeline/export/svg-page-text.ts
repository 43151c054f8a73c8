// The texts the page shows as HTML around and over the canvas, as SVG: title, legend, lane
// names (svg-lane-names.ts), event labels and the footer.
import { shapePath } from '../kind-shape';
import {
  DIM_LABEL_OPACITY,
  EXPORT_COLORS,
  EXPORT_FONTS,
  LABEL_HEIGHT_PX,
  LABEL_PAD_PX,
  labelColor,
  labelFont,
} from './export-style';
import { FOOTER_LINE_HEIGHT_PX, LEGEND_METRICS, TITLE_LINE_HEIGHT_PX } from './layout-export-frame';
import { svgClip, svgElement, svgFontAttrs, svgText } from './svg-element';
import type { ExportFrame, ExportLabel } from './timeline-snapshot';

export function svgTitle(frame: ExportFrame): string {
  const lines = frame.titleLines.map((line) =>
    svgText({ x: frame.paddingPx, y: line.yPx + TITLE_LINE_HEIGHT_PX / 2 }, line.text),
  );
  const font = svgFontAttrs(EXPORT_FONTS.title);
  return svgElement(
    'g',
    { 'data-part': 'title', fill: EXPORT_COLORS.title, ...font },
    lines.join(''),
  );
}

export function svgLegend(frame: ExportFrame): string {
  const { rowPx, swatchPx, labelOffsetPx } = LEGEND_METRICS;
  const items = frame.legend.map((item) => {
    const cy = item.yPx + rowPx / 2;
    const half = swatchPx / 2;
    // The page's KindSwatch: the kind's shape at 74% of the swatch, with a thin white edge.
    const swatch = svgElement('path', {
      d: shapePath(item.shape, item.xPx + half, cy, half * 0.74),
      fill: item.color,
      stroke: '#ffffff',
      'stroke-width': 0.75,
    });
    const label = svgText({ x: item.xPx + labelOffsetPx, y: cy }, item.label);
    return svgElement('g', { 'data-legend-item': '' }, swatch + label);
  });
  const font = svgFontAttrs(EXPORT_FONTS.legend);
  return svgElement(
    'g',
    { 'data-part': 'legend', fill: EXPORT_COLORS.legend, ...font },
    items.join(''),
  );
}

/** Labels on a white, slightly see-through chip, cut to their box like the page's `truncate`. */
export function svgLabels(
  labels: readonly ExportLabel[],
  eventId: (event: number) => string,
): string {
  const parts = labels.map((label) => {
    const chip = svgElement('rect', {
      x: label.xPx,
      y: label.yPx,
      width: label.boxWidthPx,
      height: LABEL_HEIGHT_PX,
      rx: 2,
      fill: '#ffffff',
      'fill-opacity': 0.85,
    });
    const text = svgText(
      {
        x: LABEL_PAD_PX,
        y: LABEL_HEIGHT_PX / 2,
        fill: labelColor(label),
        ...svgFontAttrs(labelFont(label)),
      },
      label.text,
    );
    const clipped = svgClip(label.xPx, label.yPx, label.boxWidthPx, LABEL_HEIGHT_PX, text);
    const attrs = {
      'data-label': eventId(label.event),
      opacity: label.dim ? DIM_LABEL_OPACITY : undefined,
    };
    return svgElement('g', attrs, chip + clipped);
  });
  return svgElement('g', { 'data-part': 'labels' }, parts.join(''));
}

export function svgFooter(frame: ExportFrame): string {
  const lines = frame.footerLines.map((line) =>
    svgText({ x: frame.paddingPx, y: line.yPx + FOOTER_LINE_HEIGHT_PX / 2 }, line.text),
  );
  const font = svgFontAttrs(EXPORT_FONTS.footer);
  return svgElement(
    'g',
    { 'data-part': 'footer', fill: EXPORT_COLORS.footer, ...font },
    lines.join(''),
  );
}
