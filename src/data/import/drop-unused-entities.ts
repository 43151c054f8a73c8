// An importer makes a kind, person or organization for each name its events mention. One
// named only by events the decoder will leave out (no title, a bad date) would show up as a
// filter with no events, so it goes with them.
import { createEventDecoder } from '../decode';

interface ImportedRecords {
  kinds: { id: string }[];
  people: { id: string }[];
  organizations: { id: string }[];
  events: unknown[];
}

export function dropUnusedEntities<T extends ImportedRecords>(dataset: T): T {
  // The decoder's own verdict on each event, so this never disagrees with what loads.
  const decoder = createEventDecoder();
  dataset.events.forEach(decoder.add);
  const loaded = decoder.result.events;
  const kindIds = new Set(loaded.map((event) => event.kind));
  const personIds = new Set(loaded.flatMap((event) => event.people ?? []));
  const orgIds = new Set(loaded.flatMap((event) => event.organizations ?? []));
  return {
    ...dataset,
    kinds: dataset.kinds.filter((kind) => kindIds.has(kind.id)),
    people: dataset.people.filter((person) => personIds.has(person.id)),
    organizations: dataset.organizations.filter((org) => orgIds.has(org.id)),
  };
}
