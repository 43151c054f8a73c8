// The SVG twins of render/draw-marks.ts and draw-rings.ts: one element per mark (so the file is
// easy to edit and to test), same shapes, colours, dimming and rings as the canvas.
import { shapePath } from '../kind-shape';
import {
  MARK_BAND,
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  MARK_SPAN_CLUSTER,
} from '../layout-buffer';
import { CLUSTER_RADIUS_PX, MARK_RADIUS_PX } from '../layout-timeline';
import type { CanvasFrame } from '../render/draw-timeline';
import { clusterCount, clusterHalfPx, isDimmed } from '../render/draw-marks';
import { locateEventMarks } from '../render/draw-rings';
import { COLORS, DIM_ALPHA } from '../render/draw-style';
import type { TextMeasurer } from './measure-text';
import { svgElement, svgText, type SvgAttrs } from './svg-element';

const COUNT_FONT = { sizePx: 10, weight: 700 } as const;

export function svgBandsAndBars(frame: CanvasFrame): string {
  const { layout, catalog, kindStyles } = frame;
  const parts: string[] = [];
  for (let i = 0; i < layout.count; i++) {
    const type = layout.type[i];
    const lane = layout.lanes[layout.lane[i]!]!;
    const x = layout.xPx[i]!;
    const x2 = layout.x2Px[i]!;
    const dim = isDimmed(layout, i, frame) ? DIM_ALPHA : 1;
    const color = kindStyles[catalog.kindIndex[layout.event[i]!]!]!.color;
    if (type === MARK_BAND || (type === MARK_POINT && x2 - x >= 3)) {
      // The precision band: where a month- or year-precise date could lie.
      const attrs = { x, y: lane.markYPx - 9, width: Math.max(1, x2 - x), height: 18 };
      parts.push(svgElement('rect', { ...attrs, fill: color, opacity: 0.14 * dim }));
    } else if (type === MARK_SPAN || type === MARK_SPAN_CLUSTER) {
      const cluster = type === MARK_SPAN_CLUSTER;
      const h = cluster ? 10 : 8;
      const attrs = { x, y: lane.markYPx - h / 2, width: Math.max(2, x2 - x), height: h };
      const fill = cluster ? COLORS.cluster : color;
      parts.push(svgElement('rect', { ...attrs, fill, opacity: (cluster ? 0.5 : 0.6) * dim }));
    }
  }
  return parts.join('');
}

/** Kind by kind, undimmed before dimmed: the canvas's paint order, so overlaps look the same. */
export function svgPoints(frame: CanvasFrame): string {
  const { layout, catalog } = frame;
  const parts: string[] = [];
  frame.kindStyles.forEach((style, kindIndex) => {
    for (const dimPass of [false, true]) {
      for (let i = 0; i < layout.count; i++) {
        const type = layout.type[i];
        if (type !== MARK_POINT && type !== MARK_SPAN) continue;
        const event = layout.event[i]!;
        if (catalog.kindIndex[event] !== kindIndex || isDimmed(layout, i, frame) !== dimPass)
          continue;
        const y = layout.lanes[layout.lane[i]!]!.markYPx;
        parts.push(
          svgElement('path', {
            'data-mark': type === MARK_POINT ? 'point' : 'span',
            'data-event-id': catalog.events[event]!.id,
            d: shapePath(style.shape, layout.xPx[i]!, y, MARK_RADIUS_PX),
            fill: style.color,
            opacity: dimPass ? DIM_ALPHA : undefined,
          }),
        );
      }
    }
  });
  return svgElement('g', { stroke: '#ffffff', 'stroke-width': 1 }, parts.join(''));
}

export function svgClusters(frame: CanvasFrame, measure: TextMeasurer): string {
  const { layout } = frame;
  const parts: string[] = [];
  for (let i = 0; i < layout.count; i++) {
    if (layout.type[i] !== MARK_CLUSTER) continue;
    const lane = layout.lanes[layout.lane[i]!]!;
    const text = frame.formatCount(clusterCount(layout, i, frame));
    const x = (layout.xPx[i]! + layout.x2Px[i]!) / 2;
    const halfPx = clusterHalfPx(measure(text, COUNT_FONT), layout.xPx[i]!, layout.x2Px[i]!);
    const pill = svgElement('rect', {
      x: x - halfPx,
      y: lane.markYPx - CLUSTER_RADIUS_PX,
      width: halfPx * 2,
      height: CLUSTER_RADIUS_PX * 2,
      rx: CLUSTER_RADIUS_PX,
      fill: lane.kindIndex >= 0 ? frame.kindStyles[lane.kindIndex]!.color : COLORS.cluster,
    });
    const count = svgText(
      { x, y: lane.markYPx + 0.5, fill: COLORS.clusterText, 'text-anchor': 'middle' },
      text,
    );
    const opacity = isDimmed(layout, i, frame) ? DIM_ALPHA + 0.1 : undefined;
    parts.push(svgElement('g', { 'data-mark': 'cluster', opacity }, pill + count));
  }
  return svgElement('g', { 'font-size': 10, 'font-weight': 700 }, parts.join(''));
}

export function svgRings(frame: CanvasFrame): string {
  const { layout, highlightMask } = frame;
  const parts: string[] = [];
  for (let i = 0; highlightMask && i < layout.count; i++) {
    const type = layout.type[i];
    if ((type !== MARK_POINT && type !== MARK_SPAN) || !highlightMask[layout.event[i]!]) continue;
    const cy = layout.lanes[layout.lane[i]!]!.markYPx;
    const attrs = { cx: layout.xPx[i]!, cy, r: MARK_RADIUS_PX + 3, stroke: COLORS.match };
    parts.push(svgElement('circle', { ...attrs, 'stroke-width': 1.5 }));
  }
  const ring = (event: number | null, lane: number, radiusPx: number, attrs: SvgAttrs) => {
    if (event === null) return;
    for (const place of locateEventMarks(layout, event, lane)) {
      const ellipse = { cx: place.xPx, cy: place.yPx, rx: radiusPx + place.extraPx, ry: radiusPx };
      parts.push(svgElement('ellipse', { ...ellipse, ...attrs }));
    }
  };
  ring(frame.openIndex, -1, MARK_RADIUS_PX + 4, {
    'data-ring': 'open',
    stroke: COLORS.open,
    'stroke-width': 2.5,
  });
  ring(frame.focusedIndex, frame.focusLane, MARK_RADIUS_PX + 7, {
    'data-ring': 'focus',
    stroke: COLORS.focus,
    'stroke-width': 2,
    'stroke-dasharray': '3 2',
  });
  return svgElement('g', { fill: 'none' }, parts.join(''));
}
