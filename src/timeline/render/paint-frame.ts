// One frame: layout, canvas, labels and the axis unit. Everything it touches is bounded by
// the pixels on screen.
import { computeTicks } from '../compute-ticks';
import type { KindStyle } from '../kind-style';
import type { TimelineLayout } from '../layout-buffer';
import { layoutTimeline } from '../layout-timeline';
import { placeLabels } from '../place-labels';
import type { TimeWindow } from '../timeline-props';
import type { CanvasSurface } from './canvas-surface';
import { drawTimeline } from './draw-timeline';
import { renderLabels } from './label-layer';
import type { LaneMatches } from './match-prefix';
import type { RendererData, RendererElements } from './renderer-types';
import type { TextCache } from './text-cache';

export interface FrameInputs {
  data: RendererData;
  window: TimeWindow;
  widthPx: number;
  layout: TimelineLayout;
  kindStyles: readonly KindStyle[];
  laneMatches: LaneMatches[] | null;
  text: TextCache;
}

export function paintFrame(
  elements: RendererElements,
  surface: CanvasSurface,
  frame: FrameInputs,
): void {
  const { data, window, widthPx, layout, text } = frame;
  layoutTimeline(
    data.catalog,
    data.lanes,
    { startMs: window.startMs, endMs: window.endMs, widthPx },
    layout,
  );
  const ticks = computeTicks(window, widthPx, data.lang);
  // The axis is pixels on a canvas; its unit is also written down for tests and tools.
  if (elements.plot.dataset.axisUnit !== ticks.unit) elements.plot.dataset.axisUnit = ticks.unit;
  const ctx = surface.begin();
  if (ctx) {
    drawTimeline(ctx, {
      ...data,
      layout,
      ticks,
      kindStyles: frame.kindStyles,
      laneMatches: frame.laneMatches,
      formatCount: text.formatCount,
    });
  }
  const labels = placeLabels(layout, data.catalog, {
    ...data,
    laneMatches: frame.laneMatches,
    measureTitlePx: text.measureTitlePx,
  });
  renderLabels(elements.labels, labels, { ...data, titleOf: text.titleOf });
  // For the benchmark (npm run bench), which switches the hook on before the page loads: when a
  // paint happened and how many events it showed. Off by default, so marks never pile up.
  if (Array.isArray((globalThis as { __TIMELINE_DRAW_MS__?: unknown }).__TIMELINE_DRAW_MS__)) {
    performance.mark('timeline:paint', { detail: { events: data.visibleIndexes.length } });
  }
}
