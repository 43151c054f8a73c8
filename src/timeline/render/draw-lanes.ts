// Canvas passes under the marks: lane stripes, grid lines, the axis, and affiliation bars.
import type { TickSet } from '../compute-ticks';
import { AXIS_HEIGHT_PX } from '../arrange-lanes';
import type { PositionedLane } from '../lane-types';
import { AXIS_FONT, COLORS, SMALL_FONT, tintFor } from './draw-style';

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
  for (const tick of ticks.ticks) {
    const x = Math.round((tick.ms - windowStartMs) * pxPerMs);
    ctx.fillStyle = COLORS.axisLine;
    ctx.fillRect(x, AXIS_HEIGHT_PX - 7, 1, 6);
    ctx.fillStyle = COLORS.axisText;
    ctx.fillText(tick.label, x + 4, AXIS_HEIGHT_PX / 2 - 1);
  }
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
  for (const lane of lanes) {
    if (lane.affiliationYPx < 0) continue;
    const y = lane.affiliationYPx + 1;
    for (const span of lane.affiliations) {
      const x0 = Math.max(-2, (span.startMs - windowStartMs) * pxPerMs);
      const x1 = Math.min(
        widthPx + 2,
        span.endMs === Infinity ? widthPx + 2 : (span.endMs - windowStartMs) * pxPerMs,
      );
      if (x1 <= 0 || x0 >= widthPx || x1 - x0 < 1) continue;
      ctx.fillStyle = tintFor(span.orgId);
      ctx.fillRect(x0, y, x1 - x0 - 1, 14);
      const text = span.role ? `${span.label} · ${span.role}` : span.label;
      const room = x1 - Math.max(x0, 0) - 8;
      if (room < 12) continue;
      ctx.save();
      ctx.beginPath();
      ctx.rect(Math.max(x0, 0), y, room + 4, 14);
      ctx.clip();
      ctx.fillStyle = COLORS.affiliationText;
      ctx.fillText(text, Math.max(x0, 0) + 4, y + 7.5);
      ctx.restore();
    }
  }
}
