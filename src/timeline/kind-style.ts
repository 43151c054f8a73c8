// Each kind gets a colour and a shape, so kinds stay distinguishable without colour vision.
import type { Catalog } from '../data/catalog';

export type KindShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const KIND_SHAPES: readonly KindShape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Okabe-Ito hues, darkened where needed for 3:1 contrast against white. */
export const KIND_PALETTE: readonly string[] = [
  '#0072b2',
  '#c2410c',
  '#047857',
  '#a8327f',
  '#8a6100',
  '#4338ca',
  '#0e7490',
  '#52525b',
];

export interface KindStyle {
  color: string;
  shape: KindShape;
}

/** The kind's own colour from the dataset when it has one, else the palette's. */
export function kindStyle(catalog: Pick<Catalog, 'kinds'>, kindIndex: number): KindStyle {
  const own = catalog.kinds[kindIndex]?.color;
  return {
    color: own ?? (KIND_PALETTE[kindIndex % KIND_PALETTE.length] as string),
    shape: KIND_SHAPES[kindIndex % KIND_SHAPES.length] as KindShape,
  };
}
