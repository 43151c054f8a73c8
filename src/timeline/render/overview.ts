// The overview strip: the whole time range, a histogram of the filtered events and a d3-brush
// showing the visible window. With a mouse, dragging the brush pans and resizing it zooms. On
// a touch screen a sideways drag anywhere on the strip pans (fingers zoom by pinching the
// timeline itself), an up or down swipe scrolls the page, and a tap (which the browser also
// sends as mouse events, to d3-brush) centres the window there.
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { Catalog } from '../../data/catalog';
import { attachTouchPan } from '../../lib/touch-pan';
import { computeTicks, placeTickLabels } from '../compute-ticks';
import type { TextMeasurer } from '../export/measure-text';
import { createWidthCache } from './width-cache';
import { clampWindow, spanOf, type ZoomBounds } from '../time-scale';
import type { TimeWindow } from '../timeline-props';

export const OVERVIEW_HEIGHT_PX = 44;
const HISTOGRAM_HEIGHT_PX = 28;
const BIN_PX = 3;
const LABEL_FONT = { sizePx: 10, weight: 400 } as const;
const LABEL_GAP_PX = 2;

export interface OverviewCallbacks {
  /** The user moved or resized the brush (`ended` when they let go). */
  onBrush: (window: TimeWindow, ended: boolean) => void;
}

export interface Overview {
  setData: (
    catalog: Catalog,
    visibleIndexes: Uint32Array,
    bounds: ZoomBounds,
    widthPx: number,
    lang: string,
  ) => void;
  setWindow: (window: TimeWindow) => void;
  destroy: () => void;
}

export function createOverview(
  svg: SVGSVGElement,
  callbacks: OverviewCallbacks,
  measure: TextMeasurer,
): Overview {
  const root = select(svg);
  const histogram = root.append('path').attr('fill', '#94a3b8');
  const axis = root.append('g').attr('fill', '#475569').attr('font-size', 10);
  const brushLayer = root.append('g');
  let bounds: ZoomBounds | null = null;
  let widthPx = 1;
  let current: TimeWindow = { startMs: 0, endMs: 1 };
  // Every filter change redraws the axis with the same few labels; measuring a text sets the
  // canvas font, which costs more than the rest of the axis.
  const labelWidths = createWidthCache();
  const toPx = (ms: number) =>
    bounds
      ? ((ms - bounds.fullWindow.startMs) / (bounds.fullWindow.endMs - bounds.fullWindow.startMs)) *
        widthPx
      : 0;
  const toMs = (px: number) =>
    bounds
      ? bounds.fullWindow.startMs +
        (px / widthPx) * (bounds.fullWindow.endMs - bounds.fullWindow.startMs)
      : 0;

  // Where the brush was last drawn: a pan that moves it by less than a pixel skips d3-brush's
  // redraw (and its events), which is most of the overview's cost on each frame.
  let drawn: [number, number] | null = null;
  // d3-brush takes every touch for itself (touch-action: none), so a swipe that only meant to
  // scroll the page moved the window; touches are handled below instead.
  const brush = brushX<unknown>().touchable(false);
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    // The reader moved the brush: it is no longer where it was last drawn.
    drawn = null;
    const ended = event.type === 'end';
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      // A click or tap outside the brush: centre the window there.
      const x = event.sourceEvent instanceof Event ? pointerX(event.sourceEvent, svg) : null;
      const halfMs = (current.endMs - current.startMs) / 2;
      const centerMs = toMs(x ?? widthPx / 2);
      callbacks.onBrush({ startMs: centerMs - halfMs, endMs: centerMs + halfMs }, ended);
      return;
    }
    const [x0, x1] = selection;
    if (event.mode === 'drag') {
      const centerMs = toMs((x0 + x1) / 2);
      const halfMs = (current.endMs - current.startMs) / 2;
      callbacks.onBrush({ startMs: centerMs - halfMs, endMs: centerMs + halfMs }, ended);
    } else {
      callbacks.onBrush({ startMs: toMs(x0), endMs: toMs(x1) }, ended);
    }
  });

  svg.style.touchAction = 'pan-y';
  let panFrom = current;
  let panned = current;
  const detachTouchPan = attachTouchPan(svg, {
    onStart() {
      panFrom = current;
      panned = current;
    },
    onMove(dxPx) {
      if (!bounds) return;
      // The window follows the finger, as the brush follows a mouse that drags it, and stops
      // at the ends of the range as every other move of the window does.
      const shiftMs = (dxPx / widthPx) * spanOf(bounds.fullWindow);
      panned = clampWindow(
        { startMs: panFrom.startMs + shiftMs, endMs: panFrom.endMs + shiftMs },
        bounds,
      );
      callbacks.onBrush(panned, false);
    },
    onEnd() {
      callbacks.onBrush(panned, true);
    },
  });

  const setWindow = (window: TimeWindow) => {
    current = window;
    // Keep the brush grabbable even when the window is a day in a decade.
    const clamp = (px: number) => Math.min(widthPx, Math.max(0, px));
    let x0 = clamp(toPx(window.startMs));
    let x1 = clamp(toPx(window.endMs));
    if (x1 - x0 < 4) {
      const mid = Math.min(widthPx - 2, Math.max(2, (x0 + x1) / 2));
      x0 = mid - 2;
      x1 = mid + 2;
    }
    if (drawn && Math.abs(drawn[0] - x0) < 0.5 && Math.abs(drawn[1] - x1) < 0.5) return;
    drawn = [x0, x1];
    brushLayer.call(brush.move, [x0, x1]);
  };

  return {
    setData(catalog, visibleIndexes, nextBounds, nextWidthPx, lang) {
      bounds = nextBounds;
      widthPx = Math.max(1, nextWidthPx);
      root
        .attr('width', widthPx)
        .attr('height', OVERVIEW_HEIGHT_PX)
        .attr('viewBox', `0 0 ${widthPx} ${OVERVIEW_HEIGHT_PX}`);
      histogram.attr('d', histogramPath(catalog, visibleIndexes, toPx, widthPx));
      const labelled = placeTickLabels(
        computeTicks(nextBounds.fullWindow, widthPx, lang),
        toPx,
        (text) => labelWidths(text, (label) => measure(label, LABEL_FONT)),
        widthPx,
        LABEL_GAP_PX,
      );
      axis
        .selectAll('text')
        .data(labelled)
        .join('text')
        .attr('x', (label) => label.xPx)
        .attr('y', OVERVIEW_HEIGHT_PX - 3)
        .text((label) => label.text);
      brush.extent([
        [0, 0],
        [widthPx, HISTOGRAM_HEIGHT_PX + 2],
      ]);
      brushLayer.call(brush);
      drawn = null;
      brushLayer
        .select('.selection')
        .attr('fill', '#1d4ed8')
        .attr('fill-opacity', 0.14)
        .attr('stroke', '#1d4ed8');
      setWindow(current);
    },
    setWindow,
    destroy() {
      detachTouchPan();
      root.selectAll('*').remove();
    },
  };
}

function histogramPath(
  catalog: Catalog,
  visibleIndexes: Uint32Array,
  toPx: (ms: number) => number,
  widthPx: number,
): string {
  const bins = new Uint32Array(Math.ceil(widthPx / BIN_PX) + 1);
  for (const index of visibleIndexes) {
    const bin = Math.floor(toPx(catalog.startMs[index]!) / BIN_PX);
    if (bin >= 0 && bin < bins.length) bins[bin]!++;
  }
  const max = bins.reduce((a, b) => Math.max(a, b), 0);
  if (max === 0) return '';
  // Square-root scale: a lone event stays visible next to a busy month.
  const parts: string[] = [];
  bins.forEach((count, bin) => {
    if (!count) return;
    const h = Math.max(2, Math.sqrt(count / max) * HISTOGRAM_HEIGHT_PX);
    parts.push(
      `M${bin * BIN_PX},${HISTOGRAM_HEIGHT_PX}v-${h.toFixed(1)}h${BIN_PX - 0.5}v${h.toFixed(1)}Z`,
    );
  });
  return parts.join('');
}

/** Where a mouse is across the strip, or null when the event does not say. */
export function pointerX(event: Event, svg: Element): number | null {
  return 'clientX' in event
    ? (event as MouseEvent).clientX - svg.getBoundingClientRect().left
    : null;
}
