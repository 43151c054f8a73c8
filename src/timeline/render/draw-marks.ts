// Canvas passes for the marks. Points are batched per kind into one path each, so a frame
// issues a handful of fills instead of one per mark.
import type { KindStyle } from '../kind-style';
import { traceShape } from '../kind-shape';
import {
  MARK_BAND,
  MARK_CLUSTER,
  MARK_POINT,
  MARK_SPAN,
  MARK_SPAN_CLUSTER,
  type TimelineLayout,
} from '../layout-buffer';
import { CLUSTER_RADIUS_PX, MARK_RADIUS_PX } from '../layout-timeline';
import type { Catalog } from '../../data/catalog';
import { COLORS, COUNT_FONT, DIM_ALPHA } from './draw-style';
import type { LaneMatches } from './match-prefix';
import { createWidthCache } from './width-cache';

export interface MarkPaint {
  catalog: Catalog;
  kindStyles: readonly KindStyle[];
  highlightMask: Uint8Array | null;
  laneMatches: LaneMatches[] | null;
  formatCount: (count: number) => string;
}

export function isDimmed(layout: TimelineLayout, i: number, paint: MarkPaint): boolean {
  if (!paint.highlightMask) return false;
  const type = layout.type[i];
  if (type === MARK_CLUSTER || type === MARK_SPAN_CLUSTER) return matchesIn(layout, i, paint) === 0;
  return !paint.highlightMask[layout.event[i]!];
}

/**
 * The number on a cluster's pill: its events, or while a search highlights some, the matches
 * among them (a reader takes a bright "6" to mean six matches). A cluster without matches is
 * dimmed and keeps its full count.
 */
export function clusterCount(layout: TimelineLayout, i: number, paint: MarkPaint): number {
  const matches = paint.highlightMask ? matchesIn(layout, i, paint) : 0;
  return matches > 0 ? matches : layout.memberCount[i]!;
}

/** Search matches among a cluster's members, from its lane's running totals. */
function matchesIn(layout: TimelineLayout, i: number, paint: MarkPaint): number {
  const lane = paint.laneMatches?.[layout.lane[i]!];
  const prefix = layout.type[i] === MARK_CLUSTER ? lane?.points : lane?.spans;
  return prefix ? prefix[layout.to[i]!]! - prefix[layout.from[i]!]! : 0;
}

export function drawBandsAndBars(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  paint: MarkPaint,
): void {
  for (let i = 0; i < layout.count; i++) {
    const type = layout.type[i];
    const lane = layout.lanes[layout.lane[i]!]!;
    const x = layout.xPx[i]!;
    const x2 = layout.x2Px[i]!;
    const dim = isDimmed(layout, i, paint) ? DIM_ALPHA : 1;
    const color = paint.kindStyles[paint.catalog.kindIndex[layout.event[i]!]!]!.color;
    if (type === MARK_BAND || (type === MARK_POINT && x2 - x >= 3)) {
      // The precision band: where a month- or year-precise date could lie.
      ctx.globalAlpha = 0.14 * dim;
      ctx.fillStyle = color;
      ctx.fillRect(x, lane.markYPx - 9, Math.max(1, x2 - x), 18);
    } else if (type === MARK_SPAN || type === MARK_SPAN_CLUSTER) {
      const cluster = type === MARK_SPAN_CLUSTER;
      const h = cluster ? 10 : 8;
      ctx.globalAlpha = (cluster ? 0.5 : 0.6) * dim;
      ctx.fillStyle = cluster ? COLORS.cluster : color;
      ctx.fillRect(x, lane.markYPx - h / 2, Math.max(2, x2 - x), h);
    }
  }
  ctx.globalAlpha = 1;
}

export function drawPoints(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  paint: MarkPaint,
): void {
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1;
  paint.kindStyles.forEach((style, kindIndex) => {
    for (const dimPass of [false, true]) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < layout.count; i++) {
        const type = layout.type[i];
        if (type !== MARK_POINT && type !== MARK_SPAN) continue;
        const event = layout.event[i]!;
        if (paint.catalog.kindIndex[event] !== kindIndex || isDimmed(layout, i, paint) !== dimPass)
          continue;
        traceShape(
          ctx,
          style.shape,
          layout.xPx[i]!,
          layout.lanes[layout.lane[i]!]!.markYPx,
          MARK_RADIUS_PX,
        );
        any = true;
      }
      if (!any) continue;
      ctx.globalAlpha = dimPass ? DIM_ALPHA : 1;
      ctx.fillStyle = style.color;
      ctx.fill();
      ctx.stroke();
    }
  });
  ctx.globalAlpha = 1;
}

export function drawClusters(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  paint: MarkPaint,
): void {
  ctx.font = COUNT_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let i = 0; i < layout.count; i++) {
    const type = layout.type[i];
    // Span clusters show as darker bars only: their count is in the tooltip, not on a pill
    // that would cover the point marks along the bar.
    if (type !== MARK_CLUSTER) continue;
    const lane = layout.lanes[layout.lane[i]!]!;
    const text = paint.formatCount(clusterCount(layout, i, paint));
    const textPx = countWidths(text, (count) => ctx.measureText(count).width);
    const x = (layout.xPx[i]! + layout.x2Px[i]!) / 2;
    const halfPx = clusterHalfPx(textPx, layout.xPx[i]!, layout.x2Px[i]!);
    ctx.globalAlpha = isDimmed(layout, i, paint) ? DIM_ALPHA + 0.1 : 1;
    ctx.fillStyle = lane.kindIndex >= 0 ? paint.kindStyles[lane.kindIndex]!.color : COLORS.cluster;
    pill(ctx, x - halfPx, lane.markYPx - CLUSTER_RADIUS_PX, halfPx * 2, CLUSTER_RADIUS_PX * 2);
    ctx.fill();
    ctx.fillStyle = COLORS.clusterText;
    ctx.fillText(text, x, lane.markYPx + 0.5);
  }
  ctx.globalAlpha = 1;
}

/** Widths of count texts in COUNT_FONT. */
const countWidths = createWidthCache();

/** Half the length of a cluster's pill: room for its count, and reaching past its members. */
export function clusterHalfPx(textPx: number, xPx: number, x2Px: number): number {
  return Math.max(textPx / 2 + 5, (x2Px - xPx) / 2 + CLUSTER_RADIUS_PX);
}

export function pill(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const r = h / 2;
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arc(x + w - r, y + r, r, -Math.PI / 2, Math.PI / 2);
  ctx.lineTo(x + r, y + h);
  ctx.arc(x + r, y + r, r, Math.PI / 2, (Math.PI * 3) / 2);
  ctx.closePath();
}
