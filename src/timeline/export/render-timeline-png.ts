// The view as a PNG: the page's texts drawn as canvas text, and the plot drawn by the very
// passes that draw it on screen (drawTimeline), at twice the pixels or more for crispness.
import { drawTimeline } from '../render/draw-timeline';
import { EXPORT_COLORS, toCanvasFont } from './export-style';
import { drawPageText, drawPlotText } from './draw-page-text';
import type { TimelineSnapshot } from './timeline-snapshot';

const MIN_PIXEL_RATIO = 2;
/** Browsers refuse canvases much past this edge (Chromium: 32767, Safari less); stay under. */
const MAX_CANVAS_EDGE_PX = 16_384;

export interface PngOptions {
  pixelRatio?: number;
  createCanvas?: () => HTMLCanvasElement;
}

export function renderTimelinePng(
  snapshot: TimelineSnapshot,
  options: PngOptions = {},
): Promise<Blob> {
  const { frame } = snapshot;
  const wanted = Math.max(MIN_PIXEL_RATIO, options.pixelRatio ?? globalThis.devicePixelRatio ?? 1);
  const ratio = Math.min(wanted, MAX_CANVAS_EDGE_PX / Math.max(frame.widthPx, frame.heightPx));
  const canvas = options.createCanvas?.() ?? document.createElement('canvas');
  canvas.width = Math.round(frame.widthPx * ratio);
  canvas.height = Math.round(frame.heightPx * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('No 2D canvas to draw the PNG on.'));
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawPageText(ctx, snapshot);

  ctx.save();
  ctx.translate(frame.plotXPx, frame.plotYPx);
  ctx.beginPath();
  ctx.rect(0, 0, frame.plotWidthPx, frame.plotHeightPx);
  ctx.clip();
  drawTimeline(ctx, snapshot.plot);
  drawPlotText(ctx, snapshot);
  if (snapshot.emptyText !== null) {
    ctx.font = toCanvasFont({ sizePx: 14, weight: 400 });
    ctx.fillStyle = EXPORT_COLORS.empty;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(snapshot.emptyText, frame.plotWidthPx / 2, frame.plotHeightPx / 2);
  }
  ctx.restore();

  // drawTimeline clears its area to transparent, as on screen where the page shows through:
  // paint white under everything instead of leaving holes in the image.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = EXPORT_COLORS.background;
  ctx.fillRect(0, 0, frame.widthPx, frame.heightPx);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}
