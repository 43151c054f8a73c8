// Full-text search over every language of the dataset: titles, summaries, people,
// organizations and tags, with prefix and typo-tolerant matching.
import MiniSearch from 'minisearch';
import type { Catalog } from '../data/catalog';
import { allTexts } from '../i18n/resolve-text';

interface SearchDocument {
  id: number;
  title: string;
  summary: string;
  people: string;
  organizations: string;
  tags: string;
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndex(catalog: Catalog): SearchIndex {
  const personNames = new Map(catalog.people.map((person) => [person.id, allTexts(person.name).join(' ')]));
  const orgNames = new Map(catalog.organizations.map((org) => [org.id, allTexts(org.name).join(' ')]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'people', 'organizations', 'tags'],
    searchOptions: {
      boost: { title: 3, people: 2, organizations: 2, tags: 1.5 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
  index.addAll(
    catalog.events.map((event, id) => ({
      id,
      title: allTexts(event.title).join(' '),
      summary: allTexts(event.summary).join(' '),
      people: (event.people ?? []).map((personId) => personNames.get(personId) ?? personId).join(' '),
      organizations: (event.organizations ?? []).map((orgId) => orgNames.get(orgId) ?? orgId).join(' '),
      tags: (event.tags ?? []).join(' '),
    })),
  );
  return index;
}

export interface SearchMatches {
  /** 1 for every event that matches. */
  mask: Uint8Array;
  /** Matching event indexes, best first. */
  ranked: Uint32Array;
}

export function searchEvents(index: SearchIndex, query: string, eventCount: number): SearchMatches {
  const results = index.search(query.trim());
  const mask = new Uint8Array(eventCount);
  const ranked = new Uint32Array(results.length);
  results.forEach((result, position) => {
    mask[result.id as number] = 1;
    ranked[position] = result.id as number;
  });
  return { mask, ranked };
}
