// The view as the URL describes it. Defaults are what an empty query string means.
export const GROUPS = ['kind', 'org', 'person', 'none'] as const;
export type Group = (typeof GROUPS)[number];

/** The current version of the query-string format; links without `v` are version 1. */
export const SEARCH_VERSION = 1;

export interface SearchState {
  q: string;
  kind: string[];
  person: string[];
  org: string[];
  /** PartialDate bounds of the date filter. */
  from?: string;
  to?: string;
  group: Group;
  /** Visible window as two PartialDates. */
  view?: { start: string; end: string };
  lang?: 'en' | 'ru';
  /** URL of another dataset. */
  data?: string;
  embed: boolean;
}

export const DEFAULT_SEARCH: SearchState = {
  q: '',
  kind: [],
  person: [],
  org: [],
  group: 'kind',
  embed: false,
};

/** A query parameter that was present but could not be used. */
export interface IgnoredParam {
  param: string;
  value: string;
}
