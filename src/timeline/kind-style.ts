// How each kind looks: a colour AND a shape, so kinds stay distinguishable without colour.
import type { Catalog } from '../data/catalog';

export type KindShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const KIND_SHAPES: readonly KindShape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Colour-blind-safe defaults (Okabe–Ito), dark enough for 3:1 contrast on white. */
export const DEFAULT_KIND_COLORS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8B6D00', '#56B4E9'];

export interface KindStyle {
  color: string;
  shape: KindShape;
}

export function kindStyle(catalog: Catalog, kindIndex: number): KindStyle {
  const kind = catalog.kinds[kindIndex];
  return {
    color: kind?.color ?? DEFAULT_KIND_COLORS[kindIndex % DEFAULT_KIND_COLORS.length]!,
    shape: KIND_SHAPES[kindIndex % KIND_SHAPES.length]!,
  };
}

/** An SVG path for a shape centred on (0, 0) with the given radius in px. */
export function shapePath(shape: KindShape, radiusPx: number): string {
  const r = radiusPx;
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'diamond':
      return `M0,${-r * 1.15}L${r * 1.15},0L0,${r * 1.15}L${-r * 1.15},0Z`;
    case 'triangle':
      return `M0,${-r * 1.1}L${r * 1.1},${r * 0.9}L${-r * 1.1},${r * 0.9}Z`;
  }
}
