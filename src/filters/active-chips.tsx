import { useRef } from 'react';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages-en';
import { formatPartialDateLabel } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { refocusIfLost } from '../lib/refocus-if-lost';
import type { SearchState } from '../url/search-state';

interface Chip {
  key: string;
  label: string;
  remove: Partial<SearchState>;
}

/** Every active constraint as a removable chip, plus Clear all. */
export function ActiveChips({
  catalog,
  search,
  onChange,
  onClearAll,
  fallbackFocus,
}: {
  catalog: Catalog;
  search: SearchState;
  onChange: (patch: Partial<SearchState>) => void;
  onClearAll: () => void;
  /** Where focus goes when the last chip is gone. */
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t, lang } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  // A removed chip takes focus with it: the chip that moves into its place gets it, or the one
  // before it, or the filters once no chip is left.
  const chipAt = (position: number) => {
    const buttons = listRef.current?.querySelectorAll('button');
    return buttons?.[Math.min(position, buttons.length - 1)] ?? fallbackFocus();
  };
  const chips = activeFilterChips(catalog, search, t, lang);
  if (chips.length === 0) return null;
  return (
    <section aria-label={t.activeFilters}>
      <ul ref={listRef} className="flex flex-wrap gap-1.5">
        {chips.map((chip, position) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => {
                onChange(chip.remove);
                refocusIfLost(() => chipAt(position));
              }}
              aria-label={t.removeFilter(chip.label)}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-blue-800 px-2.5 py-0.5 text-sm text-white hover:bg-blue-900"
            >
              <span className="truncate">{chip.label}</span>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          onClearAll();
          refocusIfLost(fallbackFocus);
        }}
        className="mt-2 text-sm font-medium text-blue-800 underline underline-offset-2"
      >
        {t.clearAll}
      </button>
    </section>
  );
}

/** Every active constraint by its name in the reader's language, with the change removing it. */
export function activeFilterChips(
  catalog: Catalog,
  search: SearchState,
  t: Messages,
  lang: string,
): Chip[] {
  const chips: Chip[] = [];
  if (search.q) chips.push({ key: 'q', label: t.searchChip(search.q), remove: { q: '' } });
  const facets = [
    ['kind', catalog.kinds],
    ['person', catalog.people],
    ['org', catalog.organizations],
  ] as const;
  for (const [facet, records] of facets) {
    for (const id of search[facet]) {
      const record = records.find((item) => item.id === id);
      // An id the dataset lacks filters nothing; the notice of ignored settings names it.
      if (!record) continue;
      chips.push({
        key: `${facet}:${id}`,
        label: resolveText('name' in record ? record.name : record.label, lang),
        remove: { [facet]: search[facet].filter((value) => value !== id) },
      });
    }
  }
  if (search.from)
    chips.push({
      key: 'from',
      label: t.fromChip(formatPartialDateLabel(search.from, lang)),
      remove: { from: undefined },
    });
  if (search.to)
    chips.push({
      key: 'to',
      label: t.toChip(formatPartialDateLabel(search.to, lang)),
      remove: { to: undefined },
    });
  return chips;
}
