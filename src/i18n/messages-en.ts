// English UI strings. Texts marked "contract" are relied on by outside tests.
export const en = {
  appName: 'Timeline Explorer',
  loading: 'Loading events…',
  loadingBytes: (read: string, total: string) => `Downloading ${read} of ${total}`,
  validating: 'Checking the data…',
  indexing: 'Building the timeline…',
  retry: 'Retry', // contract
  useDefaultDataset: 'Open the default dataset',
  foreignData: (host: string) => `These events come from ${host}, not from this site.`,
  errorTitle: 'The events could not be loaded',
  errorWhere: 'Address',
  errorNetwork:
    'The server could not be reached. Check the address and your connection; if the file is on another site, that site may not allow it to be loaded from here (CORS).',
  errorHttp: (status: number, statusText: string) =>
    `The server answered with error ${status}${statusText ? ` (${statusText})` : ''}.`,
  errorNotJson: 'The file is not valid JSON.',
  errorNotDataset: 'The file is JSON, but not a Timeline Explorer dataset.',
  errorVersion: 'The dataset uses a format version this app does not support.',
  errorTooLarge: (limit: string) => `The file is larger than ${limit}, the most this app loads.`,
  errorTimeout: (seconds: number) => `The server did not answer within ${seconds} seconds.`,
  errorBadUrl: 'Only https addresses or paths on this site can be loaded.',
  problems: 'First problems found',
  /** Contract text. Plain digits, without grouping, so people and scripts read the same. */
  status: (shown: number, total: number) => `Showing ${shown} of ${total} events`,
  skippedSummary: (count: number) =>
    count === 1 ? '1 record had a problem' : `${count} records had problems`,
  skippedHint: 'The rest of the dataset loaded. Details:',
  warningSkipped: 'left out',
  warningStripped: 'partly loaded',
  listLabel: 'Events', // contract
  listHeading: 'Events',
  /** `skipped`: events the file had that were all left out for problems. */
  emptyDataset: (skipped: number) =>
    skipped === 0
      ? 'This dataset has no events yet.'
      : skipped === 1
        ? 'The only event in this dataset was left out because of a problem. Open the list of problems above to see why.'
        : `All ${skipped} events in this dataset were left out because of problems. Open the list of problems above to see why.`,
  noMatches: 'No events match these filters.',
  printedRowsLimit: (count: string) =>
    `…and ${count} more events. Export the list as CSV to see them all.`,
  clearFilters: 'Clear all filters',
  noFacetMatches: 'No names match',
  unknownPath: (path: string) => `There is no page at “${path}”. Here is the whole timeline.`,
  notFound: (id: string) => `Event “${id}” not found. It may have been renamed or removed.`, // contract: "not found"
  dismiss: 'Dismiss',
  searchLabel: 'Search events',
  searchPlaceholder: 'Events, people, companies…',
  searchPlaceholderShort: 'Search…',
  searchShortcut: 'Shortcut: press / anywhere on the page',
  searching: 'Searching…',
  share: 'Share',
  shareCopied: 'Link copied',
  shareFailed: 'Copy failed: select the address bar to copy the link',
  filters: 'Filters',
  closeFilters: 'Close filters',
  kindsHeading: 'Kinds',
  peopleHeading: 'People',
  orgsHeading: 'Organizations',
  dateHeading: 'Dates',
  dateFrom: 'From',
  dateTo: 'To',
  dateHint: 'YYYY, YYYY-MM or YYYY-MM-DD',
  datePlaceholder: 'YYYY-MM-DD',
  dateInvalid: 'Use YYYY, YYYY-MM or YYYY-MM-DD',
  dateOutOfOrder: 'The range would end before it starts',
  filterPeople: 'Find a person',
  filterOrgs: 'Find an organization',
  showMore: (count: number) => `Show ${count} more`,
  showLess: 'Show fewer',
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  searchChip: (query: string) => `Search: ${query}`,
  fromChip: (date: string) => `From ${date}`,
  toChip: (date: string) => `To ${date}`,
  ignoredParams: (params: string) =>
    `Some link settings were not understood and were ignored: ${params}`,
  groupLabel: 'Lanes',
  groupNames: {
    kind: 'By kind',
    org: 'By organization',
    person: 'By person',
    none: 'Single lane',
  } as Record<string, string>,
  close: 'Close',
  closePanel: 'Close event details',
  /** The sheet's grip: its aria-expanded says whether the details show. */
  eventDetails: 'Event details',
  previous: 'Previous',
  next: 'Next',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  sources: 'Sources',
  relatedEvents: 'Related events',
  peopleLabel: 'People',
  orgsLabel: 'Organizations',
  opensInNewTab: '(opens in a new tab)',
  filterBy: (name: string) => `Show only events with ${name}`,
  notShownByFilters: 'This event is hidden by the current filters.',
  skipLink: 'Skip to the event list',
  skipToTimeline: 'Skip to the timeline',
  shortcuts: 'Keyboard shortcuts',
  shortcutGroups: [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: ['/'], action: 'Go to the search' },
        { keys: ['?'], action: 'Show these shortcuts' },
      ],
    },
    {
      title: 'On the timeline (press Tab to reach it)',
      shortcuts: [
        { keys: ['←', '→'], action: 'Previous or next event in time' },
        { keys: ['↑', '↓'], action: 'The nearest event in the lane above or below' },
        { keys: ['Home', 'End'], action: 'The first or the last event' },
        { keys: ['Enter'], action: 'Open the event' },
        { keys: ['+', '−'], action: 'Zoom in or out' },
        { keys: ['0'], action: 'Zoom to fit every event that matches the filters' },
      ],
    },
    {
      title: 'Panels, dialogs and menus',
      shortcuts: [{ keys: ['Esc'], action: 'Close the open event, dialog or menu' }],
    },
  ] as ShortcutGroup[],
  language: 'Language',
  languageNames: { en: 'English', ru: 'Русский' } as Record<string, string>,
} as const;

export interface ShortcutGroup {
  title: string;
  shortcuts: { keys: string[]; action: string }[];
}

export type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : (typeof en)[K];
};
