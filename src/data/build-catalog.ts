import type { Catalog } from './catalog';
import { DEFAULT_IMPORTANCE } from './catalog';
import { PRECISION_CODE, parsePartialDate } from './partial-date';
import type { Kind, Organization, Person, Text, TimelineEvent } from './schema';

export interface CatalogInput {
  title: Text;
  description?: Text;
  languages: string[];
  kinds: Kind[];
  people: Person[];
  organizations: Organization[];
  /** Already validated: dates parse, kinds and references resolve. */
  events: TimelineEvent[];
}

/** Sorts validated events by time and builds the typed columns and indexes. */
export function buildCatalog(input: CatalogInput): Catalog {
  const kindIndexById = new Map(input.kinds.map((kind, index) => [kind.id, index]));
  const rows = input.events.map((event) => {
    const start = parsePartialDate(event.date)!;
    const end = event.endDate ? parsePartialDate(event.endDate)! : start;
    return { event, startMs: start.startMs, endMs: Math.max(end.endMs, start.endMs), precision: start.precision };
  });
  rows.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      (a.event.importance ?? DEFAULT_IMPORTANCE) - (b.event.importance ?? DEFAULT_IMPORTANCE) ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );

  const count = rows.length;
  const startMs = new Float64Array(count);
  const endMs = new Float64Array(count);
  const kindIndex = new Uint16Array(count);
  const importance = new Uint8Array(count);
  const precision = new Uint8Array(count);
  const indexById = new Map<string, number>();
  const byPerson = new Map<string, number[]>();
  const byOrg = new Map<string, number[]>();
  const byKind: number[][] = input.kinds.map(() => []);

  rows.forEach((row, index) => {
    startMs[index] = row.startMs;
    endMs[index] = row.endMs;
    const kind = kindIndexById.get(row.event.kind) ?? 0;
    kindIndex[index] = kind;
    importance[index] = row.event.importance ?? DEFAULT_IMPORTANCE;
    precision[index] = PRECISION_CODE[row.precision];
    indexById.set(row.event.id, index);
    byKind[kind]?.push(index);
    for (const person of new Set(row.event.people ?? [])) pushTo(byPerson, person, index);
    for (const org of new Set(row.event.organizations ?? [])) pushTo(byOrg, org, index);
  });

  let minMs = 0;
  let maxMs = 0;
  if (count > 0) {
    minMs = startMs[0]!;
    maxMs = endMs.reduce((max, value) => (value > max ? value : max), -Infinity);
  }

  return {
    title: input.title,
    ...(input.description === undefined ? {} : { description: input.description }),
    languages: input.languages,
    kinds: input.kinds,
    people: input.people,
    organizations: input.organizations,
    events: rows.map((row) => row.event),
    startMs,
    endMs,
    kindIndex,
    importance,
    precision,
    indexById,
    kindIndexById,
    eventsByPerson: toTyped(byPerson),
    eventsByOrg: toTyped(byOrg),
    eventsByKind: byKind.map((list) => Uint32Array.from(list)),
    extentMs: [minMs, maxMs],
  };
}

function pushTo(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

function toTyped(map: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...map].map(([key, list]) => [key, Uint32Array.from(list)]));
}
