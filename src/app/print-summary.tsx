// What a printout shows in place of the controls: the active filters as a line of text, and the
// timeline as a picture. The canvas and its labels are laid out for the screen's width; the
// picture (the SVG export of the same view) scales to the paper.
import { useCallback, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { activeFilterChips } from '../filters/active-filter-chips';
import { useI18n } from '../i18n/i18n-context';
import { usePrinting } from '../lib/use-printing';
import type { TimelineExporter } from '../timeline/timeline-props';
import type { SearchState } from '../url/search-state';

export function PrintFilters({ catalog, search }: { catalog: Catalog; search: SearchState }) {
  const { t, lang } = useI18n();
  const chips = activeFilterChips(catalog, search, t, lang);
  if (chips.length === 0) return null;
  return (
    <p className="hidden text-sm print:block">
      {t.activeFilters}: {chips.map((chip) => chip.label).join('; ')}
    </p>
  );
}

export function PrintTimeline({
  exporter,
  title,
}: {
  exporter: TimelineExporter | null;
  title: string;
}) {
  const [svg, setSvg] = useState<string | null>(null);
  const snapshot = useCallback(() => {
    try {
      setSvg(exporter?.svg() ?? null);
    } catch {
      // No picture rather than no printout.
      setSvg(null);
    }
  }, [exporter]);
  const printing = usePrinting(snapshot);
  if (!printing || svg === null) return null;
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={title}
      className="hidden w-full print:block"
    />
  );
}
