// The texts the page shows as HTML, drawn with canvas text for the PNG: title, legend, lane
// names, event labels and the footer. Same places as the SVG (svg-page-text.ts).
import { traceShape } from '../kind-shape';
import {
  DIM_LABEL_OPACITY,
  EXPORT_COLORS,
  EXPORT_FONTS,
  LABEL_HEIGHT_PX,
  LABEL_PAD_PX,
  LANE_TAG_PAD_PX,
  labelColor,
  labelFont,
  toCanvasFont,
  type ExportFont,
} from './export-style';
import {
  FOOTER_LINE_HEIGHT_PX,
  LANE_NAME_LEFT_PX,
  LEGEND_METRICS,
  placeLaneName,
  TITLE_LINE_HEIGHT_PX,
} from './layout-export-frame';
import type { TimelineSnapshot } from './timeline-snapshot';

function fillText(
  ctx: CanvasRenderingContext2D,
  text: string,
  xPx: number,
  yPx: number,
  font: ExportFont,
  color: string,
): void {
  ctx.font = toCanvasFont(font);
  ctx.fillStyle = color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, xPx, yPx);
}

/** Title, legend, the gutter of lane names, the box around the plot and the footer. */
export function drawPageText(ctx: CanvasRenderingContext2D, snapshot: TimelineSnapshot): void {
  const { frame } = snapshot;
  for (const line of frame.titleLines) {
    const y = line.yPx + TITLE_LINE_HEIGHT_PX / 2;
    fillText(ctx, line.text, frame.paddingPx, y, EXPORT_FONTS.title, EXPORT_COLORS.title);
  }
  const { rowPx, swatchPx, labelOffsetPx } = LEGEND_METRICS;
  for (const item of frame.legend) {
    const cy = item.yPx + rowPx / 2;
    ctx.beginPath();
    traceShape(ctx, item.shape, item.xPx + swatchPx / 2, cy, (swatchPx / 2) * 0.74);
    ctx.fillStyle = item.color;
    ctx.fill();
    const x = item.xPx + labelOffsetPx;
    fillText(ctx, item.label, x, cy, EXPORT_FONTS.legend, EXPORT_COLORS.legend);
  }

  ctx.save();
  ctx.translate(frame.paddingPx, frame.plotYPx);
  ctx.beginPath();
  ctx.rect(0, 0, frame.gutterWidthPx, frame.plotHeightPx);
  ctx.clip();
  for (const lane of snapshot.lanes) {
    ctx.fillStyle = EXPORT_COLORS.laneRule;
    ctx.fillRect(0, lane.yPx + lane.heightPx - 1, frame.gutterWidthPx, 1);
    for (const line of placeLaneName(lane))
      fillText(ctx, line.text, LANE_NAME_LEFT_PX, line.yPx, line.font, line.color);
  }
  ctx.restore();
  if (frame.gutterWidthPx > 0) {
    ctx.fillStyle = EXPORT_COLORS.gutterRule;
    ctx.fillRect(frame.plotXPx - 1, frame.plotYPx, 1, frame.plotHeightPx);
  }
  ctx.strokeStyle = EXPORT_COLORS.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  const boxWidthPx = frame.gutterWidthPx + frame.plotWidthPx + 1;
  ctx.roundRect(frame.paddingPx - 0.5, frame.plotYPx - 0.5, boxWidthPx, frame.plotHeightPx + 1, 4);
  ctx.stroke();

  for (const line of frame.footerLines) {
    const y = line.yPx + FOOTER_LINE_HEIGHT_PX / 2;
    fillText(ctx, line.text, frame.paddingPx, y, EXPORT_FONTS.footer, EXPORT_COLORS.footer);
  }
}

interface Chip {
  text: string;
  xPx: number;
  yPx: number;
  boxWidthPx: number;
  padPx: number;
  font: ExportFont;
  color: string;
  background: string;
  opacity: number;
}

/** Text on a rounded, slightly see-through chip, cut to the chip like the page's `truncate`. */
function drawChip(ctx: CanvasRenderingContext2D, chip: Chip): void {
  ctx.save();
  ctx.globalAlpha = chip.opacity;
  ctx.beginPath();
  ctx.roundRect(chip.xPx, chip.yPx, chip.boxWidthPx, LABEL_HEIGHT_PX, 2);
  ctx.fillStyle = chip.background;
  ctx.fill();
  ctx.clip();
  const y = chip.yPx + LABEL_HEIGHT_PX / 2;
  fillText(ctx, chip.text, chip.xPx + chip.padPx, y, chip.font, chip.color);
  ctx.restore();
}

/** The page's label layer and lane tags, in plot px (the caller has translated to the plot). */
export function drawPlotText(ctx: CanvasRenderingContext2D, snapshot: TimelineSnapshot): void {
  for (const label of snapshot.labels) {
    drawChip(ctx, {
      ...label,
      padPx: LABEL_PAD_PX,
      font: labelFont(label),
      color: labelColor(label),
      background: EXPORT_COLORS.labelBackground,
      opacity: label.dim ? DIM_LABEL_OPACITY : 1,
    });
  }
  for (const tag of snapshot.laneTags) {
    drawChip(ctx, {
      ...tag,
      padPx: LANE_TAG_PAD_PX,
      font: EXPORT_FONTS.laneTag,
      color: EXPORT_COLORS.laneTag,
      background: EXPORT_COLORS.laneTagBackground,
      opacity: 1,
    });
  }
}
