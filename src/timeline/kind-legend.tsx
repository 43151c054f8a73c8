// The key to kind colours and shapes, drawn with the same swatch the filter panel uses.
import type { Catalog } from '../data/catalog';
import { resolveText } from '../i18n/resolve-text';
import { KindSwatch } from './kind-swatch';
import { getTimelineStrings } from './timeline-strings';

export interface KindLegendProps {
  catalog: Pick<Catalog, 'kinds'>;
  lang: 'en' | 'ru';
}

export function KindLegend({ catalog, lang }: KindLegendProps) {
  const strings = getTimelineStrings(lang);
  return (
    <ul
      aria-label={strings.legend}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700"
    >
      {catalog.kinds.map((kind, index) => (
        <li key={kind.id} className="flex items-center gap-1.5">
          <KindSwatch catalog={catalog} kindIndex={index} size={14} />
          <span>{resolveText(kind.label, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
