// Faceted counts, as in a good search product: each facet's numbers reflect every *other*
// active constraint, so ticking a kind shows how many events each person has among them.
import type { Catalog } from '../data/catalog';
import { combineMasks, type ConstraintMasks } from './apply-filters';
import type { Facet } from './filter-state';

export type FacetCounts = Record<Facet, Map<string, number>>;

export function countFacets(catalog: Catalog, masks: ConstraintMasks): FacetCounts {
  const count = catalog.events.length;
  const countIn = (
    postings: Map<string, Uint32Array> | [string, Uint32Array][],
    mask: Uint8Array | null,
  ) => {
    const counts = new Map<string, number>();
    for (const [id, list] of postings) {
      if (mask === null) {
        counts.set(id, list.length);
        continue;
      }
      let total = 0;
      for (let i = 0; i < list.length; i++) total += mask[list[i]!]!;
      counts.set(id, total);
    }
    return counts;
  };
  const kindPostings = catalog.kinds.map(
    (kind, index) =>
      [kind.id, catalog.eventsByKind[index] ?? new Uint32Array()] as [string, Uint32Array],
  );
  return {
    kind: countIn(kindPostings, combineMasks(masks, count, 'kind')),
    person: withZeros(
      countIn(catalog.eventsByPerson, combineMasks(masks, count, 'person')),
      catalog.people,
    ),
    org: withZeros(
      countIn(catalog.eventsByOrg, combineMasks(masks, count, 'org')),
      catalog.organizations,
    ),
  };
}

function withZeros(counts: Map<string, number>, records: { id: string }[]): Map<string, number> {
  for (const record of records) if (!counts.has(record.id)) counts.set(record.id, 0);
  return counts;
}
