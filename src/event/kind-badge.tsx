import type { Catalog } from '../data/catalog';
import { resolveText } from '../i18n/resolve-text';
import { KindSwatch } from '../timeline/kind-swatch';

export function KindBadge({
  catalog,
  kindIndex,
  lang,
}: {
  catalog: Catalog;
  kindIndex: number;
  lang: string;
}) {
  const kind = catalog.kinds[kindIndex];
  if (!kind) return null;
  return (
    <span className="inline-flex max-w-full items-center gap-1.5 text-sm wrap-anywhere text-slate-700">
      <KindSwatch catalog={catalog} kindIndex={kindIndex} size={12} />
      {resolveText(kind.label, lang)}
    </span>
  );
}
