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

export function validateSearch(raw: Record<string, unknown>): SearchState {
  return parseSearch(flatten(raw)).state;
}

function flatten(search: Record<string, unknown>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) flat[key] = value.join(',');
    } else if (typeof value === 'object' && 'start' in value && 'end' in value) {
      flat[key] = `${String(value.start)}..${String(value.end)}`;
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
