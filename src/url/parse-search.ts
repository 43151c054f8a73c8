// Query string -> SearchState. Pure and total: anything unusable is dropped and reported,
// never thrown, so a bad link still opens the explorer.
import { isOrderedRange, isPartialDate, parsePartialDate } from '../data/partial-date';
import { ID_PATTERN } from '../data/id-pattern';
import {
  DEFAULT_SEARCH,
  GROUPS,
  SEARCH_VERSION,
  type Group,
  type IgnoredParam,
  type SearchState,
} from './search-state';

const MAX_QUERY_LENGTH = 200;
const MAX_IDS = 100;
const KNOWN_PARAMS = new Set([
  'v',
  'q',
  'kind',
  'person',
  'org',
  'from',
  'to',
  'group',
  'view',
  'lang',
  'data',
  'embed',
]);

export interface ParsedSearch {
  state: SearchState;
  ignored: IgnoredParam[];
}

export function parseSearch(raw: Record<string, unknown>): ParsedSearch {
  const ignored: IgnoredParam[] = [];
  const params = upgradeSearch(toStrings(raw), ignored);
  const state: SearchState = { ...DEFAULT_SEARCH, kind: [], person: [], org: [] };
  const reject = (param: string) => ignored.push({ param, value: params[param] ?? '' });

  for (const key of Object.keys(params)) if (!KNOWN_PARAMS.has(key)) reject(key);

  if (params.q !== undefined) {
    const q = params.q.trim();
    if (q.length > MAX_QUERY_LENGTH) reject('q');
    else state.q = q;
  }
  for (const facet of ['kind', 'person', 'org'] as const) {
    const value = params[facet];
    if (value === undefined) continue;
    const ids = [
      ...new Set(
        value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ];
    const valid = ids.filter((id) => ID_PATTERN.test(id)).slice(0, MAX_IDS);
    if (valid.length !== ids.length) reject(facet);
    state[facet] = valid;
  }
  for (const bound of ['from', 'to'] as const) {
    const value = params[bound];
    if (value === undefined) continue;
    if (isPartialDate(value)) state[bound] = value;
    else reject(bound);
  }
  if (state.from && state.to && !isOrderedRange(state.from, state.to)) {
    reject('to');
    delete state.to;
  }
  if (params.group !== undefined) {
    if ((GROUPS as readonly string[]).includes(params.group)) state.group = params.group as Group;
    else reject('group');
  }
  if (params.view !== undefined) {
    const view = parseView(params.view);
    if (view) state.view = view;
    else reject('view');
  }
  if (params.lang !== undefined) {
    if (params.lang === 'en' || params.lang === 'ru') state.lang = params.lang;
    else reject('lang');
  }
  if (params.data !== undefined) {
    if (params.data.length > 0 && params.data.length <= 2000) state.data = params.data;
    else reject('data');
  }
  if (params.embed !== undefined) {
    if (params.embed === '1' || params.embed === '0') state.embed = params.embed === '1';
    else reject('embed');
  }
  return { state, ignored };
}

/** "2019..2025-08" -> { start, end } when both are dates and start comes first. */
export function parseView(value: string): SearchState['view'] | undefined {
  const parts = value.split('..');
  if (parts.length !== 2) return undefined;
  const [start, end] = parts as [string, string];
  const startDate = parsePartialDate(start);
  const endDate = parsePartialDate(end);
  if (!startDate || !endDate || startDate.startMs >= endDate.endMs) return undefined;
  return { start, end };
}

/**
 * Brings links written by older versions of the app up to the current format. Version 1 is
 * the first; later versions add their upgrade step here so old shared links keep working.
 */
function upgradeSearch(
  params: Record<string, string>,
  ignored: IgnoredParam[],
): Record<string, string> {
  const { v, ...rest } = params;
  if (v !== undefined && v !== String(SEARCH_VERSION)) ignored.push({ param: 'v', value: v });
  return rest;
}

function toStrings(raw: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') result[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') result[key] = String(value);
    else if (Array.isArray(value) && typeof value[0] === 'string') result[key] = value[0];
  }
  return result;
}
