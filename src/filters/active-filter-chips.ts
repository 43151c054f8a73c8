// The constraints a view applies, as chips: the filter panel shows them removable, a printout
// as a line of text.
import type { Catalog } from '../data/catalog';
import { formatPartialDateLabel } from '../i18n/format-date';
import type { Messages } from '../i18n/messages-en';
import { resolveText } from '../i18n/resolve-text';
import type { SearchState } from '../url/search-state';

export interface FilterChip {
  key: string;
  label: string;
  remove: Partial<SearchState>;
}

/** Every active constraint by its name in the reader's language, with the change removing it. */
export function activeFilterChips(
  catalog: Catalog,
  search: SearchState,
  t: Messages,
  lang: string,
): FilterChip[] {
  const chips: FilterChip[] = [];
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
