// A kind's colour and shape as a small inline SVG key, for the legend, the list and the filters.
import type { Catalog } from '../data/catalog';
import { shapePath } from './kind-shape';
import { kindStyle } from './kind-style';

export interface KindSwatchProps {
  catalog: Pick<Catalog, 'kinds'>;
  kindIndex: number;
  /** Edge of the square swatch in px. */
  size?: number;
}

export function KindSwatch({ catalog, kindIndex, size = 12 }: KindSwatchProps) {
  const { color, shape } = kindStyle(catalog, kindIndex);
  const half = size / 2;
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="inline-block shrink-0"
    >
      <path
        d={shapePath(shape, half, half, half * 0.74)}
        fill={color}
        stroke="#ffffff"
        strokeWidth={0.75}
      />
    </svg>
  );
}
