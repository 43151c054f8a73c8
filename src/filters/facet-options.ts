// Ordering of facet options: selected first, then by count, then by name.
export interface FacetOption {
  id: string;
  label: string;
  count: number;
  selected: boolean;
}

export function sortFacetOptions(options: FacetOption[], locale: string): FacetOption[] {
  const collator = new Intl.Collator(locale);
  return [...options].sort(
    (a, b) =>
      Number(b.selected) - Number(a.selected) ||
      b.count - a.count ||
      collator.compare(a.label, b.label),
  );
}

/** Case- and accent-insensitive substring match for the "find a person" boxes. */
/** Whether any of an entity's names (in every language: a reader may type either) has `text`. */
export function matchesFilterText(names: readonly string[], text: string): boolean {
  const needle = normalize(text.trim());
  return needle === '' || names.some((name) => normalize(name).includes(needle));
}

function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function toggleId(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((value) => value !== id) : [...ids, id];
}
