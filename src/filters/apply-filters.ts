// Filters as masks over the Catalog's event indexes: one Uint8Array per active constraint,
// combined with AND. OR within a facet comes from the union of that facet's index lists.
import type { Catalog } from '../data/catalog';
import type { Filters } from './filter-state';

export interface ConstraintMasks {
  kind: Uint8Array | null;
  person: Uint8Array | null;
  org: Uint8Array | null;
  date: Uint8Array | null;
  /** Events matching the text search; null when there is no search. */
  text: Uint8Array | null;
}

export function buildConstraintMasks(
  catalog: Catalog,
  filters: Filters,
  textMatches: Uint8Array | null,
): ConstraintMasks {
  const count = catalog.events.length;
  const union = (lists: (Uint32Array | undefined)[]) => {
    const mask = new Uint8Array(count);
    for (const list of lists) if (list) for (let i = 0; i < list.length; i++) mask[list[i]!] = 1;
    return mask;
  };
  return {
    kind: filters.kind.length
      ? union(filters.kind.map((id) => catalog.eventsByKind[catalog.kindIndexById.get(id) ?? -1]))
      : null,
    person: filters.person.length
      ? union(filters.person.map((id) => catalog.eventsByPerson.get(id)))
      : null,
    org: filters.org.length ? union(filters.org.map((id) => catalog.eventsByOrg.get(id))) : null,
    date:
      filters.fromMs !== null || filters.toMs !== null
        ? dateMask(catalog, filters.fromMs, filters.toMs)
        : null,
    text: textMatches,
  };
}

/** Events overlapping [fromMs, toMs). */
function dateMask(catalog: Catalog, fromMs: number | null, toMs: number | null): Uint8Array {
  const { startMs, endMs } = catalog;
  const mask = new Uint8Array(startMs.length);
  const lower = fromMs ?? -Infinity;
  const upper = toMs ?? Infinity;
  for (let i = 0; i < startMs.length; i++) {
    if (startMs[i]! < upper && endMs[i]! > lower) mask[i] = 1;
  }
  return mask;
}

/** AND of every mask except `skip` (null when nothing constrains). */
export function combineMasks(
  masks: ConstraintMasks,
  count: number,
  skip?: keyof ConstraintMasks,
): Uint8Array | null {
  const active = (Object.keys(masks) as (keyof ConstraintMasks)[])
    .filter((key) => key !== skip)
    .map((key) => masks[key])
    .filter((mask): mask is Uint8Array => mask !== null);
  if (active.length === 0) return null;
  const [first, ...rest] = active as [Uint8Array, ...Uint8Array[]];
  const result = first.slice(0, count);
  for (const mask of rest) for (let i = 0; i < count; i++) result[i] = result[i]! & mask[i]!;
  return result;
}

/** Ascending indexes of the events that pass; all events when nothing constrains. */
export function toIndexes(mask: Uint8Array | null, count: number): Uint32Array {
  if (mask === null) {
    const all = new Uint32Array(count);
    for (let i = 0; i < count; i++) all[i] = i;
    return all;
  }
  let total = 0;
  for (let i = 0; i < count; i++) total += mask[i]!;
  const indexes = new Uint32Array(total);
  let next = 0;
  for (let i = 0; i < count; i++) if (mask[i]) indexes[next++] = i;
  return indexes;
}

export function applyFilters(
  catalog: Catalog,
  masks: ConstraintMasks,
  skip?: keyof ConstraintMasks,
): Uint32Array {
  const count = catalog.events.length;
  return toIndexes(combineMasks(masks, count, skip), count);
}
