// The imperative core of the timeline: owns the canvas, the label layer, the tooltip, d3-zoom and
// the overview brush. Zoom events only move the window and schedule one draw per frame; React
// calls setData when data, filters or selection change, and is told when a gesture ends.
import { captureTimelineSnapshot } from '../export/capture-snapshot';
import { createTextMeasurer } from '../export/measure-text';
import { renderTimelinePng } from '../export/render-timeline-png';
import { renderTimelineSvg } from '../export/render-timeline-svg';
import { findLaneOf } from '../keyboard-nav';
import { kindStyle, type KindStyle } from '../kind-style';
import { createLayoutBuffer } from '../layout-buffer';
import { computePanWindow, computeRevealWindow } from '../reveal-window';
import {
  clampWindow,
  computeZoomBounds,
  fitWindow,
  zoomWindow,
  type ZoomBounds,
} from '../time-scale';
import type { TimeWindow } from '../timeline-props';
import { createCanvasSurface } from './canvas-surface';
import { animateWindow, createFrameScheduler, prefersReducedMotion } from './frame-loop';
import { buildLaneMatches, effectiveHighlight, type LaneMatches } from './match-prefix';
import { drawCursorCaption } from './cursor-caption';
import { clearLabels } from './label-layer';
import { createOverview } from './overview';
import { paintFrame } from './paint-frame';
import { attachRendererPointer } from './renderer-pointer';
import type {
  MoveOptions,
  RendererCallbacks,
  RendererData,
  RendererElements,
  TimelineRenderer,
} from './renderer-types';
import { createTextCache } from './text-cache';
import { createZoomController } from './zoom-controller';

const ANIMATION_MS = 280;

export function createTimelineRenderer(
  elements: RendererElements,
  callbacks: () => RendererCallbacks,
): TimelineRenderer {
  let data: RendererData | null = null;
  let bounds: ZoomBounds = computeZoomBounds([0, 0]);
  let window: TimeWindow = bounds.fullWindow;
  let gestureStart: TimeWindow = window;
  let widthPx = 0;
  let kindStyles: KindStyle[] = [];
  let laneMatches: LaneMatches[] | null = null;
  let stopAnimation: (() => void) | null = null;
  /** Where the running animation is heading: the next zoom step starts from there. */
  let animationTarget: TimeWindow | null = null;
  const cancelAnimation = () => {
    stopAnimation?.();
    stopAnimation = null;
    animationTarget = null;
  };
  let rawMask: Uint8Array | null = null;
  let highlightMask: Uint8Array | null = null;
  const layout = createLayoutBuffer();
  const surface = createCanvasSurface(elements.canvas);
  const text = createTextCache(surface.ctx);
  const scheduler = createFrameScheduler(draw);

  const zoomController = createZoomController(elements.plot, {
    onChange(next) {
      window = next;
      scheduler.schedule();
    },
    onGestureStart() {
      cancelAnimation();
      gestureStart = window;
      elements.tooltip.hidden = true;
    },
    onGestureEnd(next) {
      // A plain click is a gesture to d3-zoom too; only a moved window is worth a URL change.
      if (next.startMs !== gestureStart.startMs || next.endMs !== gestureStart.endMs)
        callbacks().onWindowCommit(next);
    },
  });
  const overview = createOverview(
    elements.overview,
    {
      onBrush(next, ended) {
        cancelAnimation();
        zoomController.setWindow(next);
        if (ended) callbacks().onWindowCommit(window);
      },
    },
    createTextMeasurer(surface.ctx),
  );

  function draw(): void {
    if (!data || widthPx <= 0) return;
    const startedMs = performance.now();
    paintFrame(elements, surface, { data, window, widthPx, layout, kindStyles, laneMatches, text });
    drawCursorCaption(elements.tooltip, layout, data, widthPx);
    overview.setWindow(window);
    // Opt-in hook for the benchmark: it sets an array and reads every frame's cost.
    const perf = (globalThis as { __TIMELINE_DRAW_MS__?: number[] }).__TIMELINE_DRAW_MS__;
    if (Array.isArray(perf)) perf.push(performance.now() - startedMs);
  }

  /**
   * `stillWanted` is asked when the move ends: a move made for an event commits only if that
   * event is still open, or its window would land in the history entry that replaced it.
   */
  function showWindow(
    target: TimeWindow,
    options: MoveOptions = {},
    stillWanted: () => boolean = () => true,
  ): void {
    cancelAnimation();
    const to = clampWindow(target, bounds);
    const commit = () => options.commit && stillWanted() && callbacks().onWindowCommit(window);
    if (!options.animate || prefersReducedMotion() || widthPx <= 0) {
      zoomController.setWindow(to);
      commit();
      return;
    }
    animationTarget = to;
    stopAnimation = animateWindow(window, to, ANIMATION_MS, zoomController.setWindow, () => {
      stopAnimation = null;
      animationTarget = null;
      commit();
    });
  }

  const detachPointer = attachRendererPointer(elements, {
    layout,
    data: () => data,
    window: () => window,
    bounds: () => bounds,
    widthPx: () => widthPx,
    showWindow,
    callbacks,
  });

  function captureSnapshot() {
    if (!data) throw new Error('The timeline has nothing to export before its data arrives.');
    const measure = createTextMeasurer(surface.ctx);
    return captureTimelineSnapshot({
      data,
      window,
      widthPx,
      kindStyles,
      laneMatches,
      text,
      measure,
    });
  }

  function updateGeometry(): void {
    if (!data) return;
    surface.resize(widthPx, data.heightPx);
    zoomController.setGeometry(bounds, widthPx, data.heightPx, window);
  }

  return {
    setData(input) {
      const previous = data;
      if (input.highlightMask !== rawMask || input.visibleIndexes !== previous?.visibleIndexes) {
        rawMask = input.highlightMask;
        highlightMask = effectiveHighlight(input.highlightMask, input.visibleIndexes);
      }
      const next: RendererData = { ...input, highlightMask };
      data = next;
      const newCatalog = previous?.catalog !== next.catalog;
      if (newCatalog) {
        // A dataset without events has no extent of its own: show the months around today
        // rather than around 1970.
        const nowMs = Date.now();
        bounds = computeZoomBounds(
          next.catalog.events.length > 0 ? next.catalog.extentMs : [nowMs, nowMs],
        );
        window = bounds.fullWindow;
        kindStyles = next.catalog.kinds.map((_, index) => kindStyle(next.catalog, index));
      }
      if (newCatalog || previous?.lang !== next.lang) text.reset(next.catalog, next.lang);
      if (previous?.lanes !== next.lanes || previous?.highlightMask !== next.highlightMask) {
        laneMatches = buildLaneMatches(next.lanes, next.highlightMask);
      }
      if (newCatalog || previous?.heightPx !== next.heightPx) updateGeometry();
      if (
        newCatalog ||
        previous?.visibleIndexes !== next.visibleIndexes ||
        previous?.lang !== next.lang
      ) {
        overview.setData(next.catalog, next.visibleIndexes, bounds, widthPx, next.lang);
      }
      scheduler.schedule();
    },
    setWidth(next) {
      const changed = next !== widthPx;
      widthPx = next;
      if (!changed || !data) return;
      updateGeometry();
      overview.setData(data.catalog, data.visibleIndexes, bounds, widthPx, data.lang);
      scheduler.schedule();
    },
    getWindow: () => window,
    showWindow,
    zoomBy(factor, aroundMs) {
      // Quick presses add up: each zooms from where the one before is heading.
      const from = animationTarget ?? window;
      const inView = aroundMs !== undefined && aroundMs >= from.startMs && aroundMs <= from.endMs;
      const target = zoomWindow(from, factor, inView ? aroundMs : undefined);
      showWindow(target, { animate: true, commit: true });
    },
    // Every event the filters let through: with a filter on, that is usually less than all.
    fitAll: () =>
      showWindow(data ? fitWindow(data.catalog, data.visibleIndexes, bounds) : bounds.fullWindow, {
        animate: true,
        commit: true,
      }),
    revealEvent(index, options = {}) {
      if (!data || index >= data.catalog.events.length) return;
      const lane = data.lanes[findLaneOf(data.lanes, index, data.focusLane)];
      const target = computeRevealWindow(
        data.catalog,
        lane,
        index,
        window,
        Math.max(widthPx, 320),
        bounds,
      );
      if (target) showWindow(target, options, () => data?.openIndex === index);
    },
    panToEvent(index) {
      if (!data || index >= data.catalog.events.length) return;
      const target = computePanWindow(data.catalog, index, window);
      if (target) showWindow(target, { animate: true, commit: true });
    },
    exportSvg: () => renderTimelineSvg(captureSnapshot()),
    // async: a missing snapshot becomes a rejected promise, and the view is captured right away.
    exportPng: async () => renderTimelinePng(captureSnapshot()),
    destroy() {
      cancelAnimation();
      scheduler.cancel();
      detachPointer();
      zoomController.destroy();
      overview.destroy();
      clearLabels(elements.labels);
    },
  };
}
