import { DEFAULT_SEARCH, type SearchState } from './search-state';

/** SearchState -> query parameters in a fixed order, defaults left out. */
export function serializeSearch(state: SearchState): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.q) params.q = state.q;
  if (state.kind.length > 0) params.kind = state.kind.join(',');
  if (state.person.length > 0) params.person = state.person.join(',');
  if (state.org.length > 0) params.org = state.org.join(',');
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  if (state.group !== DEFAULT_SEARCH.group) params.group = state.group;
  if (state.view) params.view = `${state.view.start}..${state.view.end}`;
  if (state.lang) params.lang = state.lang;
  if (state.data) params.data = state.data;
  if (state.embed) params.embed = '1';
  return params;
}

/** "?q=grok&kind=launch" or "" — commas and dots stay readable in shared links. */
export function toQueryString(state: SearchState): string {
  const query = new URLSearchParams(serializeSearch(state)).toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
