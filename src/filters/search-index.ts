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

/** Builds the whole index at once: for small datasets and tests. */
export function createSearchIndex(catalog: Catalog): SearchIndex {
  const index = createEmptyIndex();
  const toDocument = documentMaker(catalog);
  index.addAll(catalog.events.map((_, event) => toDocument(event)));
  return index;
}

/**
 * Builds the index in slices of about one frame's worth of work, yielding to the browser
 * between them, so a large dataset stays smooth to zoom and scroll while its index is built.
 * (MiniSearch's own addAllAsync waits on a timer between fixed chunks; browsers clamp nested
 * timers to 4 ms, which for 100,000 events adds over a second of waiting.)
 */
export async function createSearchIndexInChunks(
  catalog: Catalog,
  { sliceMs = 8, signal }: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<SearchIndex> {
  const index = createEmptyIndex();
  // Documents are made slice by slice too: making all 100,000 at once is itself a long task.
  const toDocument = documentMaker(catalog);
  const count = catalog.events.length;
  // Documents per step: small enough that one step never holds a frame for long.
  const step = 100;
  for (let next = 0; next < count;) {
    const sliceEnd = performance.now() + sliceMs;
    do {
      const end = Math.min(count, next + step);
      const documents: SearchDocument[] = [];
      for (let event = next; event < end; event++) documents.push(toDocument(event));
      index.addAll(documents);
      next = end;
    } while (next < count && performance.now() < sliceEnd);
    if (next < count) await yieldToBrowser();
    signal?.throwIfAborted();
  }
  return index;
}

/** Lets the browser handle input and paint: a message task, which no timer clamping delays. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function createEmptyIndex(): SearchIndex {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'people', 'organizations', 'tags'],
    searchOptions: {
      boost: { title: 3, people: 2, organizations: 2, tags: 1.5 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
}

/** The search document of an event: its texts in every language, and its people's and organizations' names. */
function documentMaker(catalog: Catalog): (event: number) => SearchDocument {
  const personNames = new Map(
    catalog.people.map((person) => [person.id, allTexts(person.name).join(' ')]),
  );
  const orgNames = new Map(
    catalog.organizations.map((org) => [org.id, allTexts(org.name).join(' ')]),
  );
  return (id) => {
    const event = catalog.events[id]!;
    return {
      id,
      title: allTexts(event.title).join(' '),
      summary: allTexts(event.summary).join(' '),
      people: (event.people ?? [])
        .map((personId) => personNames.get(personId) ?? personId)
        .join(' '),
      organizations: (event.organizations ?? [])
        .map((orgId) => orgNames.get(orgId) ?? orgId)
        .join(' '),
      tags: (event.tags ?? []).join(' '),
    };
  };
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
