import type { Catalog } from '../data/catalog';
import { kindStyle, shapePath } from './kind-style';

/** The kind's colour and shape as a small inline key, for legends, lists and filters. */
export function KindSwatch({ catalog, kindIndex, size = 12 }: { catalog: Catalog; kindIndex: number; size?: number }) {
  const { color, shape } = kindStyle(catalog, kindIndex);
  const half = size / 2;
  return (
    <svg width={size} height={size} viewBox={`${-half} ${-half} ${size} ${size}`} aria-hidden="true" className="shrink-0">
      <path d={shapePath(shape, half * 0.8)} fill={color} stroke="#1e293b" strokeWidth={0.75} />
    </svg>
  );
}
