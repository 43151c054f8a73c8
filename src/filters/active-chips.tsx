import { useRef } from 'react';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import { refocusIfLost } from '../lib/refocus-if-lost';
import { activeFilterChips } from './active-filter-chips';
import type { SearchState } from '../url/search-state';

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
        className="mt-2 min-h-6 text-sm font-medium text-blue-800 underline underline-offset-2"
      >
        {t.clearAll}
      </button>
    </section>
  );
}
