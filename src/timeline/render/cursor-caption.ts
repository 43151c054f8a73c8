// The keyboard cursor's caption: while the arrows move the cursor, the tooltip names its event
// beside the ring. Inside a cluster the ring stays put from one event to the next, so without
// the caption only a screen reader would tell which event the cursor is on.
import { describeEvent } from '../describe-event';
import type { TimelineLayout } from '../layout-buffer';
import { locateEventMarks } from './draw-rings';
import type { RendererData } from './renderer-types';
import { hideTooltip, showTooltip } from './tooltip';

export function captionCursor(
  tooltip: HTMLElement,
  layout: TimelineLayout,
  data: RendererData,
  widthPx: number,
): void {
  const event = data.captionCursor ? data.focusedIndex : null;
  const place = event === null ? undefined : locateEventMarks(layout, event, data.focusLane)[0];
  if (event === null || !place || place.xPx < 0 || place.xPx > widthPx) {
    // The tooltip may be the pointer's by now: leave that one alone.
    if (tooltip.dataset.owner === 'cursor') hideTooltip(tooltip);
    return;
  }
  const lines = describeEvent(data.catalog, event, data.lang);
  showTooltip(tooltip, lines, place.xPx + place.extraPx, place.yPx, {
    widthPx,
    heightPx: data.heightPx,
  });
  tooltip.dataset.owner = 'cursor';
}
