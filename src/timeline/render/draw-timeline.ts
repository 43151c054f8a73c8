// One frame on the canvas, back to front. Coordinates are CSS px; the caller has applied the
// device-pixel-ratio transform.
import type { TickSet } from '../compute-ticks';
import type { TimelineLayout } from '../layout-buffer';
import { drawAffiliations, drawAxis, drawGrid, drawLaneBackgrounds } from './draw-lanes';
import { drawBandsAndBars, drawClusters, drawPoints, type MarkPaint } from './draw-marks';
import { drawRings, type RingTargets } from './draw-rings';

export interface CanvasFrame extends MarkPaint, RingTargets {
  layout: TimelineLayout;
  ticks: TickSet;
  heightPx: number;
}

export function drawTimeline(ctx: CanvasRenderingContext2D, frame: CanvasFrame): void {
  const { layout, ticks } = frame;
  const widthPx = layout.widthPx;
  ctx.clearRect(0, 0, widthPx, frame.heightPx);
  drawLaneBackgrounds(ctx, layout.lanes, widthPx);
  drawGrid(ctx, ticks, layout.windowStartMs, layout.pxPerMs, frame.heightPx);
  drawAffiliations(ctx, layout.lanes, layout.windowStartMs, layout.pxPerMs, widthPx);
  drawBandsAndBars(ctx, layout, frame);
  drawPoints(ctx, layout, frame);
  drawClusters(ctx, layout, frame);
  drawRings(ctx, layout, frame);
  drawAxis(ctx, ticks, layout.windowStartMs, layout.pxPerMs, widthPx);
}
