// Builds one lane's typed columns from its event indexes.
import type { Catalog } from '../data/catalog';
import { createMaxTree } from './max-tree';
import type { AffiliationSpan, Lane, LaneKind } from './lane-types';

export interface LaneSpec {
  key: string;
  kind: LaneKind;
  label: string;
  kindIndex?: number;
  affiliations?: AffiliationSpan[];
  hiddenLaneCount?: number;
}

export function createLane(catalog: Catalog, spec: LaneSpec, events: Uint32Array): Lane {
  let spanCount = 0;
  for (const index of events) spanCount += catalog.isSpan[index]!;
  const points = new Uint32Array(events.length - spanCount);
  const pointStartMs = new Float64Array(points.length);
  const spans = new Uint32Array(spanCount);
  const spanStartMs = new Float64Array(spanCount);
  let p = 0;
  let s = 0;
  const spanEndMs = new Float64Array(spanCount);
  for (const index of events) {
    const startMs = catalog.startMs[index]!;
    if (catalog.isSpan[index]) {
      spans[s] = index;
      spanEndMs[s] = catalog.endMs[index]!;
      spanStartMs[s++] = startMs;
    } else {
      points[p] = index;
      pointStartMs[p++] = startMs;
    }
  }
  return {
    key: spec.key,
    kind: spec.kind,
    label: spec.label,
    kindIndex: spec.kindIndex ?? -1,
    events,
    points,
    pointStartMs,
    spans,
    spanStartMs,
    spanEndTree: createMaxTree(spanEndMs),
    affiliations: spec.affiliations ?? [],
    hiddenLaneCount: spec.hiddenLaneCount ?? 0,
  };
}

/** The entries of an ascending list whose mask bit is set, still ascending. */
export function filterByMask(list: Uint32Array, mask: Uint8Array): Uint32Array {
  let count = 0;
  for (const index of list) count += mask[index]!;
  const out = new Uint32Array(count);
  let k = 0;
  for (const index of list) if (mask[index]) out[k++] = index;
  return out;
}

/** The union of ascending lists, ascending and without duplicates (via a mask, O(n)). */
export function unionSorted(lists: readonly Uint32Array[], size: number): Uint32Array {
  const mask = new Uint8Array(size);
  let count = 0;
  for (const list of lists) {
    for (const index of list) {
      if (!mask[index]) {
        mask[index] = 1;
        count++;
      }
    }
  }
  const out = new Uint32Array(count);
  let k = 0;
  for (let index = 0; index < size && k < count; index++) if (mask[index]) out[k++] = index;
  return out;
}
