// A canvas sized in CSS px and backed at the device pixel ratio, so lines stay crisp on
// high-density screens. getContext may be null (jsdom, or a lost context): drawing is skipped.

export interface CanvasSurface {
  ctx: CanvasRenderingContext2D | null;
  resize: (widthPx: number, heightPx: number) => void;
  /** Resets the transform for a frame in CSS px. */
  begin: () => CanvasRenderingContext2D | null;
}

export function createCanvasSurface(canvas: HTMLCanvasElement): CanvasSurface {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null;
  }
  let ratio = 1;
  return {
    ctx,
    resize(widthPx, heightPx) {
      ratio = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
      const w = Math.max(1, Math.round(widthPx * ratio));
      const h = Math.max(1, Math.round(heightPx * ratio));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      canvas.style.width = `${widthPx}px`;
      canvas.style.height = `${heightPx}px`;
    },
    begin() {
      ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
      return ctx;
    },
  };
}
