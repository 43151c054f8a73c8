// The router's query-string codec: plain strings in, the typed SearchState out, and back.
import { parseSearch } from './parse-search';
import type { SearchState } from './search-state';
import { toQueryString } from './serialize-search';

export function parseQueryString(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

/**
 * Search objects already written: every link in a list asks for the same (never mutated)
 * object's query string on each render, and canonicalizing it means parsing it again.
 */
const written = new WeakMap<object, string>();

/** Accepts a typed SearchState or a loose object, and always writes the canonical form. */
export function stringifyQuery(search: SearchState | Record<string, unknown>): string {
  let query = written.get(search);
  if (query === undefined) {
    query = toQueryString(parseSearch(flatten(search as Record<string, unknown>)).state);
    written.set(search, query);
  }
  return query;
}

/** Every optional key of SearchState, written out so that none can be left unset. */
const UNSET_OPTIONAL_KEYS = {
  from: undefined,
  to: undefined,
  view: undefined,
  lang: undefined,
  data: undefined,
} satisfies Record<OptionalKey, undefined>;

type OptionalKey = {
  [K in keyof SearchState]-?: undefined extends SearchState[K] ? K : never;
}[keyof SearchState];

/**
 * The router spreads this result over the raw query (`{ ...raw, ...validated }`), so a key
 * missing here would let the raw, rejected value through (`lang=de` reaching the messages
 * table). Every optional key is therefore present, set to undefined when it was not usable.
 */
export function validateSearch(raw: Record<string, unknown>): SearchState {
  return { ...UNSET_OPTIONAL_KEYS, ...parseSearch(flatten(raw)).state };
}

/**
 * Only strings, numbers and booleans are written: anything else (an object whose toString is
 * not a function, say) cannot be turned into text safely, and the parser would drop it anyway.
 */
function flatten(search: Record<string, unknown>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      const items = value.filter(isWritableItem);
      if (items.length > 0) flat[key] = items.join(',');
    } else if (isRange(value)) {
      flat[key] = `${value.start}..${value.end}`;
    } else if (typeof value === 'boolean') {
      if (value) flat[key] = '1';
    } else if (typeof value === 'string') {
      if (value !== '') flat[key] = value;
    } else if (typeof value === 'number') {
      flat[key] = String(value);
    }
  }
  return flat;
}

function isWritableItem(item: unknown): item is string | number {
  return typeof item === 'string' || typeof item === 'number';
}

function isRange(value: unknown): value is { start: string; end: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'string' && typeof end === 'string';
}
