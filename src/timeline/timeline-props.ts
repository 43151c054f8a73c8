import type { Catalog } from '../data/catalog';
import type { Group } from '../url/search-state';

/** The visible time window, UTC ms [startMs, endMs). */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}

/** Images of what the timeline shows right now, with title, legend and lane names. */
export interface TimelineExporter {
  /** A standalone SVG document (UTF-8 text). */
  svg: () => string;
  /** A PNG at twice the screen's pixels or more. Rejects if the browser cannot encode it. */
  png: () => Promise<Blob>;
}

export interface TimelineProps {
  catalog: Catalog;
  /** Ascending indexes (into catalog.events) of the events that pass the filters. */
  visibleIndexes: Uint32Array;
  /** Events matching the text search, to highlight (1 = match); null when there is no search. */
  highlightMask: Uint8Array | null;
  group: Group;
  lang: 'en' | 'ru';
  /** The event whose panel is open (from the URL), or null. */
  openIndex: number | null;
  /** The keyboard cursor, shared with the list view so both stay in step. */
  focusedIndex: number | null;
  onFocusChange: (index: number | null) => void;
  /** Click on a mark or Enter: the shell navigates to /events/<id> (a history entry). */
  onOpen: (index: number) => void;
  /** Escape: the shell closes the panel. */
  onClose: () => void;
  /**
   * The window to open on (view=START..END, or the date filter's), or null to fit all / centre
   * on openIndex.
   */
  initialWindow: TimeWindow | null;
  /**
   * The window that frames the date filter, or null without one. When it changes the timeline
   * moves there (fits the events shown when it is cleared) and reports it like a gesture.
   */
  dateWindow: TimeWindow | null;
  /**
   * A window to move to now, not reported back (Back and Forward restoring an entry's view).
   * Each request is a new object, so asking twice for the same window moves twice.
   */
  requestedWindow?: { window: TimeWindow } | null;
  /** Called when a zoom/pan gesture ends (the shell writes `view`, replacing the history entry). */
  onWindowCommit: (window: TimeWindow) => void;
  /**
   * Optional: receives an exporter once the timeline is drawn, and null when it goes away. The
   * exporter reads the view at call time, so the shell can keep it (e.g. in state) and offer
   * "Export as SVG / PNG" without re-rendering on zoom. Pass a stable function (a state setter).
   */
  onExportReady?: (exporter: TimelineExporter | null) => void;
}
