import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
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

export function KindFacet({ catalog, selected, counts, onChange }: KindFacetProps) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{t.kindsHeading}</legend>
      <ul className="space-y-0.5">
        {catalog.kinds.map((kind, index) => {
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
                <span className="flex-1">{resolveText(kind.label, lang)}</span>
                <span className="text-xs tabular-nums">{formatNumber(count, lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
