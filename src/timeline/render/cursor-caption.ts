// The keyboard cursor's caption: while the arrows move the cursor, the tooltip names its event
// beside the ring. Inside a cluster the ring stays put from one event to the next, so without
// the caption only a screen reader would tell which event the cursor is on.
import type { Catalog } from '../../data/catalog';
import { describeEvent } from '../describe-event';
import type { TimelineLayout } from '../layout-buffer';
import { locateEventMarks } from './draw-rings';
import type { RendererData } from './renderer-types';
import { hideTooltip, showTooltip } from './tooltip';

/** The caption's lines for the last event asked about: a frame that only moves it reuses them. */
let lastCaption: { catalog: Catalog; event: number; lang: string; lines: string[] } | null = null;

export function drawCursorCaption(
  tooltip: HTMLElement,
  layout: TimelineLayout,
  data: RendererData,
  widthPx: number,
): void {
  const event = data.showCursorCaption ? data.focusedIndex : null;
  const place = event === null ? undefined : locateEventMarks(layout, event, data.focusLane)[0];
  if (event === null || !place || place.xPx < 0 || place.xPx > widthPx) {
    // The tooltip may be the pointer's by now: leave that one alone.
    hideTooltip(tooltip, 'cursor');
    return;
  }
  const { catalog, lang } = data;
  if (lastCaption?.catalog !== catalog || lastCaption.event !== event || lastCaption.lang !== lang)
    lastCaption = { catalog, event, lang, lines: describeEvent(catalog, event, lang) };
  showTooltip(
    tooltip,
    lastCaption.lines,
    place.xPx + place.extraPx,
    place.yPx,
    { widthPx, heightPx: data.heightPx },
    'cursor',
  );
}
