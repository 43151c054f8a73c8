// Wires pointer input to the renderer's state: tooltips from the last layout, a click on a
// mark opens it, a click on a cluster zooms into it, or offers its events to choose from when
// they share an instant and no zoom can separate them.
import { clusterMembers } from '../cluster-members';
import { clusterRange, describeEvent, describeHit } from '../describe-event';
import { findMarkAt, type MarkHit } from '../find-mark-at';
import { MARK_CLUSTER, type TimelineLayout } from '../layout-buffer';
import { clampWindow, spanOf, type ZoomBounds } from '../time-scale';
import type { TimeWindow } from '../timeline-props';
import { getTimelineStrings } from '../timeline-strings';
import { attachPointerInput } from './pointer-input';
import type {
  MoveOptions,
  RendererCallbacks,
  RendererData,
  RendererElements,
} from './renderer-types';

export interface RendererState {
  layout: TimelineLayout;
  data: () => RendererData | null;
  window: () => TimeWindow;
  bounds: () => ZoomBounds;
  widthPx: () => number;
  showWindow: (window: TimeWindow, options: MoveOptions) => void;
  callbacks: () => RendererCallbacks;
}

/** The most events a cluster offers to choose from; the rest are in the event list. */
export const CHOICE_LIMIT = 100;

export function clusterZoomTarget(
  hit: MarkHit,
  window: TimeWindow,
  bounds: ZoomBounds,
): TimeWindow | null {
  // Points that all start at one instant ("2010" and "2010-01") stay one mark at any zoom.
  if (hit.type === MARK_CLUSTER && hit.endMs === hit.startMs) return null;
  const padMs = Math.max((hit.endMs - hit.startMs) * 0.3, bounds.minSpanMs / 2);
  const target = clampWindow({ startMs: hit.startMs - padMs, endMs: hit.endMs + padMs }, bounds);
  return spanOf(target) < spanOf(window) * 0.9 ? target : null;
}

export function attachRendererPointer(
  elements: RendererElements,
  state: RendererState,
): () => void {
  const openEvent = (event: number) => {
    state.callbacks().onFocusChange(event);
    state.callbacks().onOpen(event);
  };
  return attachPointerInput(elements.plot, elements.tooltip, {
    hitAt: (x, y) => (state.data() ? findMarkAt(state.layout, x, y) : null),
    describe(hit, event) {
      const data = state.data();
      if (!data) return [];
      if (!hit) return describeEvent(data.catalog, event, data.lang);
      const canZoom = clusterZoomTarget(hit, state.window(), state.bounds()) !== null;
      return describeHit(
        data.catalog,
        hit,
        data.lanes[hit.lane]!,
        data.lang,
        getTimelineStrings(data.lang),
        canZoom,
      );
    },
    eventById: (id) => state.data()?.catalog.indexById.get(id),
    onEvent: openEvent,
    onCluster(hit, xPx, yPx) {
      const target = clusterZoomTarget(hit, state.window(), state.bounds());
      const data = state.data();
      const lane = data?.lanes[hit.lane];
      if (target) state.showWindow(target, { animate: true, commit: true });
      else if (data && lane)
        state.callbacks().onChooseInCluster({
          events: clusterMembers(lane, hit, CHOICE_LIMIT),
          count: hit.count,
          range: clusterRange(data.catalog, lane, hit),
          xPx,
          yPx,
        });
    },
    widthPx: state.widthPx,
    heightPx: () => state.data()?.heightPx ?? 0,
  });
}
