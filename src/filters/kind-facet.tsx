import { useState } from 'react';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import { ShowMoreButton } from './show-more-button';
import { formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { KindSwatch } from '../timeline/kind-swatch';
import { toggleId } from './facet-options';

interface KindFacetProps {
  catalog: Catalog;
  selected: string[];
  counts: Map<string, number>;
  onChange: (ids: string[]) => void;
}

/** Kinds shown before "Show more"; selected kinds always show. */
const COLLAPSED_COUNT = 12;

export function KindFacet({ catalog, selected, counts, onChange }: KindFacetProps) {
  const { t, lang } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const shown = catalog.kinds
    .map((kind, index) => ({ kind, index }))
    .filter(({ kind, index }) => expanded || index < COLLAPSED_COUNT || selected.includes(kind.id));
  const hiddenCount = catalog.kinds.length - shown.length;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{t.kindsHeading}</legend>
      <ul className="space-y-0.5">
        {shown.map(({ kind, index }) => {
          const count = counts.get(kind.id) ?? 0;
          const checked = selected.includes(kind.id);
          return (
            <li key={kind.id}>
              <label
                className={`flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-100 ${count === 0 && !checked ? 'text-slate-500' : 'text-slate-900'}`}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => onChange(toggleId(selected, kind.id))}
                  className="h-4 w-4"
                />
                <KindSwatch catalog={catalog} kindIndex={index} size={14} />
                <span className="min-w-0 flex-1 wrap-anywhere">
                  {resolveText(kind.label, lang)}
                </span>
                <span className="text-xs tabular-nums">{formatNumber(count, lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {(hiddenCount > 0 || expanded) && (
        <ShowMoreButton
          expanded={expanded}
          hiddenCount={hiddenCount}
          onToggle={() => setExpanded((value) => !value)}
        />
      )}
    </fieldset>
  );
}
