// The key to kind colours and shapes, drawn with the same swatch the filter panel uses.
import type { Catalog } from '../data/catalog';
import { formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { KindSwatch } from './kind-swatch';
import { getTimelineStrings } from './timeline-strings';

/**
 * A dataset with dozens of kinds would push the timeline below the fold; the rest are listed,
 * with their swatches, in the filter panel.
 */
const LEGEND_MAX_KINDS = 12;

export interface KindLegendProps {
  catalog: Pick<Catalog, 'kinds'>;
  lang: 'en' | 'ru';
}

export function KindLegend({ catalog, lang }: KindLegendProps) {
  const strings = getTimelineStrings(lang);
  const hiddenCount = catalog.kinds.length - LEGEND_MAX_KINDS;
  return (
    <ul
      aria-label={strings.legend}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700"
    >
      {catalog.kinds.slice(0, LEGEND_MAX_KINDS).map((kind, index) => (
        <li key={kind.id} className="flex min-w-0 items-center gap-1.5">
          <KindSwatch catalog={catalog} kindIndex={index} size={14} />
          <span className="min-w-0 wrap-anywhere">{resolveText(kind.label, lang)}</span>
        </li>
      ))}
      {hiddenCount > 0 && <li>{strings.andMore(formatNumber(hiddenCount, lang))}</li>}
    </ul>
  );
}
