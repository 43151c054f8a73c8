// One geometry for kind shapes, traced on a canvas (the timeline) or as SVG (legend, filters).
// Sizes are tuned so the four shapes read as the same visual weight.
import type { KindShape } from './kind-style';

const SQUARE_HALF = 0.86;
const DIAMOND_HALF = 1.18;
const TRIANGLE_HALF = 1.2;

/** Adds the shape centred on (x, y) with "radius" r to the current canvas path. */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: KindShape,
  x: number,
  y: number,
  r: number,
): void {
  if (shape === 'circle') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'square') {
    const h = r * SQUARE_HALF;
    ctx.rect(x - h, y - h, h * 2, h * 2);
  } else if (shape === 'diamond') {
    const h = r * DIAMOND_HALF;
    ctx.moveTo(x, y - h);
    ctx.lineTo(x + h, y);
    ctx.lineTo(x, y + h);
    ctx.lineTo(x - h, y);
    ctx.closePath();
  } else {
    const h = r * TRIANGLE_HALF;
    ctx.moveTo(x, y - h);
    ctx.lineTo(x + h, y + h * 0.8);
    ctx.lineTo(x - h, y + h * 0.8);
    ctx.closePath();
  }
}

/** The same shape as an SVG path `d`, centred on (cx, cy). */
export function shapePath(shape: KindShape, cx: number, cy: number, r: number): string {
  const f = (value: number) => Number(value.toFixed(2));
  if (shape === 'circle') {
    return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(r * 2)},0a${f(r)},${f(r)} 0 1,0 ${f(-r * 2)},0Z`;
  }
  if (shape === 'square') {
    const h = r * SQUARE_HALF;
    return `M${f(cx - h)},${f(cy - h)}h${f(h * 2)}v${f(h * 2)}h${f(-h * 2)}Z`;
  }
  if (shape === 'diamond') {
    const h = r * DIAMOND_HALF;
    return `M${f(cx)},${f(cy - h)}L${f(cx + h)},${f(cy)}L${f(cx)},${f(cy + h)}L${f(cx - h)},${f(cy)}Z`;
  }
  const h = r * TRIANGLE_HALF;
  return `M${f(cx)},${f(cy - h)}L${f(cx + h)},${f(cy + h * 0.8)}L${f(cx - h)},${f(cy + h * 0.8)}Z`;
}
