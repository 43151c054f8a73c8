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
  /** 1 for a span (the event has an endDate), 0 for a point in time. */
  isSpan: Uint8Array;
  /** An event's index by its id (see IdIndex). */
  indexById: IdIndex;
  kindIndexById: Map<string, number>;
  /** Event indexes per person id / org id / kind index, ascending. */
  eventsByPerson: Map<string, Uint32Array>;
  eventsByOrg: Map<string, Uint32Array>;
  eventsByKind: Uint32Array[];
  /** How many of the file's events were left out for problems (each has a warning). */
  skippedEvents: number;
  /** Earliest start and latest end over all events (0..0 when empty). */
  extentMs: [number, number];
}

export const DEFAULT_IMPORTANCE = 2;

/**
 * Finds events by id, building its map on first use: most views never look an event up by id
 * (only links to an event do), and for 100,000 events the map costs tens of milliseconds to
 * build, and as much again to send from the worker. The page builds it in idle moments
 * (buildSome), so that the first event opened does not wait for it.
 */
export class IdIndex {
  #ids: () => readonly string[];
  #list: readonly string[] | null = null;
  #map = new Map<string, number>();
  /** How many of the ids are in the map. */
  #added = 0;
  #whole = false;

  /** `ids`: every event's id in Catalog order, asked for when the map is first needed. */
  constructor(ids: () => readonly string[]) {
    this.#ids = ids;
  }

  get(id: string): number | undefined {
    return this.#built().get(id);
  }

  has(id: string): boolean {
    return this.#built().has(id);
  }

  get size(): number {
    return this.#built().size;
  }

  /** Adds ids to the map while `hasTime()` says there is time; true once it holds them all. */
  buildSome(hasTime: () => boolean): boolean {
    if (this.#whole) return true;
    const list = (this.#list ??= this.#ids());
    while (this.#added < list.length && hasTime()) {
      const end = Math.min(list.length, this.#added + BUILD_STEP);
      for (let index = this.#added; index < end; index++) this.#map.set(list[index]!, index);
      this.#added = end;
    }
    if (this.#added < list.length) return false;
    this.#whole = true;
    this.#list = null;
    return true;
  }

  #built(): Map<string, number> {
    this.buildSome(() => true);
    return this.#map;
  }
}

/** Ids added between two looks at the clock. */
const BUILD_STEP = 2000;
