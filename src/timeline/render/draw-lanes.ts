// Canvas passes under the marks: lane stripes, grid lines, the axis, and affiliation bars.
import { placeTickLabels, type TickSet } from '../compute-ticks';
import { AXIS_HEIGHT_PX } from '../arrange-lanes';
import { AFFILIATION_BAR_HEIGHT_PX, layoutAffiliationBars } from '../affiliation-bars';
import type { PositionedLane } from '../lane-types';
import { AXIS_FONT, COLORS, SMALL_FONT, tintFor } from './draw-style';
import { createWidthCache } from './width-cache';

export function drawLaneBackgrounds(
  ctx: CanvasRenderingContext2D,
  lanes: readonly PositionedLane[],
  widthPx: number,
): void {
  lanes.forEach((lane, index) => {
    ctx.fillStyle = index % 2 === 0 ? COLORS.laneEven : COLORS.laneOdd;
    ctx.fillRect(0, lane.yPx, widthPx, lane.heightPx);
    ctx.fillStyle = COLORS.laneLine;
    ctx.fillRect(0, lane.yPx + lane.heightPx - 1, widthPx, 1);
  });
}

export function drawGrid(
  ctx: CanvasRenderingContext2D,
  ticks: TickSet,
  windowStartMs: number,
  pxPerMs: number,
  heightPx: number,
): void {
  ctx.fillStyle = COLORS.grid;
  for (const tick of ticks.ticks) {
    const x = Math.round((tick.ms - windowStartMs) * pxPerMs);
    ctx.fillRect(x, AXIS_HEIGHT_PX, 1, heightPx - AXIS_HEIGHT_PX);
  }
}

/** Widths of tick labels in AXIS_FONT. */
const axisLabelWidths = createWidthCache();

export function drawAxis(
  ctx: CanvasRenderingContext2D,
  ticks: TickSet,
  windowStartMs: number,
  pxPerMs: number,
  widthPx: number,
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, AXIS_HEIGHT_PX);
  ctx.fillStyle = COLORS.axisLine;
  ctx.fillRect(0, AXIS_HEIGHT_PX - 1, widthPx, 1);
  ctx.font = AXIS_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const xOfMs = (ms: number) => Math.round((ms - windowStartMs) * pxPerMs);
  ctx.fillStyle = COLORS.axisLine;
  for (const tick of ticks.ticks) ctx.fillRect(xOfMs(tick.ms), AXIS_HEIGHT_PX - 7, 1, 6);
  const widthOf = (text: string) => axisLabelWidths(text, (label) => ctx.measureText(label).width);
  ctx.fillStyle = COLORS.axisText;
  for (const label of placeTickLabels(ticks, xOfMs, widthOf, widthPx))
    ctx.fillText(label.text, label.xPx, AXIS_HEIGHT_PX / 2 - 1);
}

/** A person's career as labelled bars along the bottom of their lane; the label sticks to the left edge. */
export function drawAffiliations(
  ctx: CanvasRenderingContext2D,
  lanes: readonly PositionedLane[],
  windowStartMs: number,
  pxPerMs: number,
  widthPx: number,
): void {
  ctx.font = SMALL_FONT;
  ctx.textBaseline = 'middle';
  for (const bar of layoutAffiliationBars(lanes, windowStartMs, pxPerMs, widthPx)) {
    ctx.fillStyle = tintFor(bar.orgId);
    ctx.fillRect(bar.x0, bar.y, bar.x1 - bar.x0 - 1, AFFILIATION_BAR_HEIGHT_PX);
    if (bar.text === null) continue;
    ctx.save();
    ctx.beginPath();
    ctx.rect(bar.labelX, bar.y, bar.labelWidth, AFFILIATION_BAR_HEIGHT_PX);
    ctx.clip();
    ctx.fillStyle = COLORS.affiliationText;
    ctx.fillText(bar.text, bar.labelX + 4, bar.y + 7.5);
    ctx.restore();
  }
}
