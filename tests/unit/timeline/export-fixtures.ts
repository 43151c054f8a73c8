// Snapshots of a timeline view for the export tests, built by the same capture the renderer
// uses, with estimated text widths (jsdom has no canvas to measure on).
import type { Catalog } from '../../../src/data/catalog';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { captureTimelineSnapshot } from '../../../src/timeline/export/capture-snapshot';
import type { TextMeasurer } from '../../../src/timeline/export/measure-text';
import type { TimelineSnapshot } from '../../../src/timeline/export/timeline-snapshot';
import { kindStyle } from '../../../src/timeline/kind-style';
import { buildLaneMatches } from '../../../src/timeline/render/match-prefix';
import { createTextCache } from '../../../src/timeline/render/text-cache';
import type { TimeWindow } from '../../../src/timeline/timeline-props';
import type { Group } from '../../../src/url/search-state';

/** Narrower than the text cache's estimate of a title (6.5 px a glyph), as a canvas is, so a title
 * placement gave room for is not cut short here. */
const measure: TextMeasurer = (text, font) => text.length * font.sizePx * 0.5;

export interface ViewOptions {
  window: TimeWindow;
  widthPx?: number;
  group?: Group;
  lang?: 'en' | 'ru';
  openIndex?: number | null;
  focusedIndex?: number | null;
  highlightMask?: Uint8Array | null;
  /** The phone layout: lane names over the plot, with room kept for them in the label rows. */
  compact?: boolean;
  /** The events that pass the filters; all of them by default. */
  visibleIndexes?: Uint32Array;
}

export function snapshotOf(catalog: Catalog, view: ViewOptions): TimelineSnapshot {
  const lang = view.lang ?? 'en';
  const group = view.group ?? 'kind';
  const visibleIndexes = view.visibleIndexes ?? Uint32Array.from(catalog.events.keys());
  const { lanes, heightPx } = arrangeLanes(buildLanes(catalog, visibleIndexes, group, lang), group);
  const text = createTextCache(null);
  text.reset(catalog, lang);
  const highlightMask = view.highlightMask ?? null;
  return captureTimelineSnapshot({
    data: {
      catalog,
      lanes,
      heightPx,
      visibleIndexes,
      highlightMask,
      openIndex: view.openIndex ?? null,
      focusedIndex: view.focusedIndex ?? null,
      focusLane: -1,
      showCursorCaption: false,
      lang,
      reservedLeftPx: view.compact ? lanes.map(() => 80) : [],
    },
    window: view.window,
    widthPx: view.widthPx ?? 900,
    kindStyles: catalog.kinds.map((_, index) => kindStyle(catalog, index)),
    laneMatches: buildLaneMatches(lanes, highlightMask),
    text,
    measure,
  });
}

export const windowOf = (from: string, to: string): TimeWindow => ({
  startMs: Date.parse(from),
  endMs: Date.parse(to),
});
