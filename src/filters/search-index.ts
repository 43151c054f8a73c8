// Full-text search over every language of the dataset: titles, summaries, tags, and the names of
// an event's people and organizations, with prefix and typo-tolerant matching.
//
// Two MiniSearch indexes: one of the events' own texts, and one of the people's and
// organizations' names, each name indexed once rather than once per event that mentions it
// (on 100,000 events that halves the time to build the index). A query is answered word by
// word: a word matches an event through its texts or through one of its names, and every word
// must match.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Catalog } from '../data/catalog';
import { allTexts } from '../i18n/resolve-text';
import { yieldToBrowser } from '../lib/yield-to-browser';

interface EventDocument {
  id: number;
  title: string;
  summary: string;
  tags: string;
}

interface NameDocument {
  id: number;
  name: string;
}

export interface SearchIndex {
  events: MiniSearch<EventDocument>;
  names: MiniSearch<NameDocument>;
  /** Per name document: the events of that person or organization, ascending. */
  eventsOfName: Uint32Array[];
  eventCount: number;
}

/**
 * Prefix matching for every word; one typo allowed from five letters on. Shorter words get
 * none: one edit on "xai" also matches "ai", which is in half the events.
 */
const MATCHING: SearchOptions = { prefix: true, fuzzy: (term) => (term.length >= 5 ? 0.2 : false) };
const EVENT_BOOST = { title: 3, tags: 1.5 };
/** A name's weight against an event's own texts (a summary counts 1, a title 3). */
const NAME_WEIGHT = 2;

/** Builds the whole index at once: for small datasets and tests. */
export function createSearchIndex(catalog: Catalog): SearchIndex {
  const events = createEventIndex();
  const toDocument = documentMaker(catalog);
  events.addAll(catalog.events.map((_, event) => toDocument(event)));
  return { events, ...indexNames(catalog), eventCount: catalog.events.length };
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
  const events = createEventIndex();
  // Documents are made slice by slice too: making all 100,000 at once is itself a long task.
  const toDocument = documentMaker(catalog);
  const count = catalog.events.length;
  // Documents per step: small enough that one step never holds a frame for long.
  const step = 100;
  for (let next = 0; next < count;) {
    const sliceEnd = performance.now() + sliceMs;
    do {
      const end = Math.min(count, next + step);
      const documents: EventDocument[] = [];
      for (let event = next; event < end; event++) documents.push(toDocument(event));
      events.addAll(documents);
      next = end;
    } while (next < count && performance.now() < sliceEnd);
    if (next < count) await yieldToBrowser();
    signal?.throwIfAborted();
  }
  return { events, ...indexNames(catalog), eventCount: count };
}

function createEventIndex(): MiniSearch<EventDocument> {
  return new MiniSearch<EventDocument>({ fields: ['title', 'summary', 'tags'] });
}

/**
 * How much of one text of an event is indexed: pages of it, more than any summary needs.
 * Indexing is one piece of work per event, and a 15 MB summary held the page for seconds.
 */
export const MAX_INDEXED_CHARS = 20_000;

/** The search document of an event: its own texts in every language. */
function documentMaker(catalog: Catalog): (event: number) => EventDocument {
  // Each text cut on its own: a long English summary must not push the Russian one out.
  const field = (texts: string[]) =>
    texts.map((text) => text.slice(0, MAX_INDEXED_CHARS)).join(' ');
  return (id) => {
    const event = catalog.events[id]!;
    return {
      id,
      title: field(allTexts(event.title)),
      summary: field(allTexts(event.summary)),
      tags: field(event.tags ?? []),
    };
  };
}

/** Every person and organization that has events, by name in every language. */
function indexNames(catalog: Catalog): Pick<SearchIndex, 'names' | 'eventsOfName'> {
  const names = new MiniSearch<NameDocument>({ fields: ['name'] });
  const eventsOfName: Uint32Array[] = [];
  const documents: NameDocument[] = [];
  const add = (entities: Map<string, Uint32Array>, nameOf: Map<string, string>) => {
    for (const [id, events] of entities) {
      documents.push({ id: eventsOfName.length, name: nameOf.get(id) ?? id });
      eventsOfName.push(events);
    }
  };
  add(
    catalog.eventsByPerson,
    new Map(catalog.people.map((person) => [person.id, allTexts(person.name).join(' ')])),
  );
  add(
    catalog.eventsByOrg,
    new Map(catalog.organizations.map((org) => [org.id, allTexts(org.name).join(' ')])),
  );
  names.addAll(documents);
  return { names, eventsOfName };
}

export interface SearchMatches {
  /** 1 for every event that matches. */
  mask: Uint8Array;
  /** Matching event indexes, best first. */
  ranked: Uint32Array;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * The words of a query that can match anything: a "word" with no letter or digit (a dash, an
 * emoji, "()") is left out rather than matching nothing and emptying the results.
 */
export function searchWords(query: string): string[] {
  return [...new Set(tokenize(query.toLowerCase()).filter((word) => /[\p{L}\p{N}]/u.test(word)))];
}

/** Null when the query has no words to search for: it filters nothing. */
export function searchEvents(index: SearchIndex, query: string): SearchMatches | null {
  const { eventCount } = index;
  const words = searchWords(query);
  if (words.length === 0) return null;
  const wordScores = words.map((word) => remembered(index, word, () => scoreWord(index, word)));
  const total = combineAll(wordScores, eventCount);
  addJoinedPairs(index, words, wordScores, total);
  const matches: number[] = [];
  for (let event = 0; event < eventCount; event++) if (total[event]! > 0) matches.push(event);
  // Best first; equal scores in time order.
  matches.sort((a, b) => total[b]! - total[a]! || a - b);
  const mask = new Uint8Array(eventCount);
  for (const event of matches) mask[event] = 1;
  return { mask, ranked: Uint32Array.from(matches) };
}

/** The most words whose neighbouring pairs are tried joined: a longer query is a sentence. */
const MAX_WORDS_TO_JOIN = 4;
/** How far a match of the joined words outranks a match of the words apart. */
const JOINED_BOOST = 2;
/**
 * A joined pair matches as written or as a word's beginning, without a typo: one edit away,
 * "news" + "1" is "news", and every "news" came back for "news 1" whether or not it had a 1.
 */
const JOINED_MATCHING: SearchOptions = { prefix: true, fuzzy: false };

/**
 * Two words may be one name written apart ("open ai" for "OpenAI", "deep mind" for
 * "DeepMind"): each neighbouring pair whose joined form matches something is tried as one
 * word, with the other words as they are. What it finds is added to `total`, ranked above
 * what the words found apart. Each word is scored once.
 */
function addJoinedPairs(
  index: SearchIndex,
  words: readonly string[],
  wordScores: readonly Float64Array[],
  total: Float64Array,
): void {
  if (words.length < 2 || words.length > MAX_WORDS_TO_JOIN) return;
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = words[i]! + words[i + 1]!;
    const joinedScores = remembered(index, ` ${pair}`, () =>
      scoreWhole(index, pair, JOINED_MATCHING),
    );
    if (!joinedScores.some((score) => score > 0)) continue;
    const others = wordScores.filter((_, w) => w !== i && w !== i + 1);
    const joined = combineAll([joinedScores, ...others], total.length);
    for (let event = 0; event < total.length; event++)
      total[event] = Math.max(total[event]!, joined[event]! * JOINED_BOOST);
  }
}

/** Every word must match: an event's score is the sum of its words' scores, or 0. */
function combineAll(wordScores: readonly Float64Array[], eventCount: number): Float64Array {
  const total = new Float64Array(eventCount);
  if (wordScores.length === 0) return total;
  total.set(wordScores[0]!);
  for (const scores of wordScores.slice(1))
    for (let event = 0; event < eventCount; event++)
      total[event] = total[event]! > 0 && scores[event]! > 0 ? total[event]! + scores[event]! : 0;
  return total;
}

/**
 * How well each event matches one word. A word that matches nothing and runs letters into
 * digits ("gpt4") is tried as its parts, which the texts write apart ("GPT-4").
 */
function scoreWord(index: SearchIndex, word: string): Float64Array {
  const scores = scoreWhole(index, word);
  const parts = word.split(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
  if (parts.length === 1 || scores.some((score) => score > 0)) return scores;
  // Every part must match, as every word of a query must.
  return combineAll(
    parts.map((part) => scoreWhole(index, part)),
    index.eventCount,
  );
}

/** How well each event matches one word, through its own texts or its names. */
function scoreWhole(index: SearchIndex, word: string, matching = MATCHING): Float64Array {
  const scores = new Float64Array(index.eventCount);
  for (const result of index.events.search(word, { ...matching, boost: EVENT_BOOST }))
    scores[result.id as number]! += result.score;
  for (const result of index.names.search(word, matching)) {
    const score = result.score * NAME_WEIGHT;
    for (const event of index.eventsOfName[result.id as number]!) scores[event]! += score;
  }
  return scores;
}

/**
 * How many words' scores an index keeps. Typing "news 12" after "news 1" then scores only the
 * new word: at 100,000 events a word as common as "news" takes about 100 ms to score.
 */
const REMEMBERED_WORDS = 8;
const rememberedScores = new WeakMap<SearchIndex, Map<string, Float64Array>>();

/** The scores stored for `key`, or `score()`'s, kept for next time. Nobody writes to them. */
function remembered(index: SearchIndex, key: string, score: () => Float64Array): Float64Array {
  let scores = rememberedScores.get(index);
  if (!scores) rememberedScores.set(index, (scores = new Map()));
  let found = scores.get(key);
  if (found) scores.delete(key);
  else found = score();
  // Last used last: the first key is the one to forget.
  scores.set(key, found);
  if (scores.size > REMEMBERED_WORDS) scores.delete(scores.keys().next().value!);
  return found;
}
