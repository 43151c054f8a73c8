// The Catalog is the decoded dataset in the shape the hot paths want: events sorted by time,
// with typed columns for the numbers the timeline and the filters read on every frame.
import type { Kind, Organization, Person, Text, TimelineEvent } from './schema';

export interface Catalog {
  title: Text;
  description?: Text;
  languages: string[];
  kinds: Kind[];
  people: Person[];
  organizations: Organization[];
  /** Events sorted by start time; an event's position here is its index everywhere else. */
  events: TimelineEvent[];
  /** Start of each event's first period, UTC ms. */
  startMs: Float64Array;
  /** Exclusive end: the end of the date's period, or of endDate's period for spans. */
  endMs: Float64Array;
  /** Index into `kinds`. */
  kindIndex: Uint16Array;
  /** 1 (headline) to 3 (background); 2 when the dataset says nothing. */
  importance: Uint8Array;
  /** 0 year, 1 month, 2 day (see PRECISION_CODE). */
  precision: Uint8Array;
  indexById: Map<string, number>;
  kindIndexById: Map<string, number>;
  /** Event indexes per person id / org id / kind index, ascending. */
  eventsByPerson: Map<string, Uint32Array>;
  eventsByOrg: Map<string, Uint32Array>;
  eventsByKind: Uint32Array[];
  /** Earliest start and latest end over all events (0..0 when empty). */
  extentMs: [number, number];
}

export const DEFAULT_IMPORTANCE = 2;
