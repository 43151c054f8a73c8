// The SVG twins of render/draw-lanes.ts: lane stripes, grid, affiliation bars and the axis,
// with the same geometry and colours as the canvas.
import { AXIS_HEIGHT_PX } from '../arrange-lanes';
import type { TickSet } from '../compute-ticks';
import type { TimelineLayout } from '../layout-buffer';
import { COLORS, tintFor } from '../render/draw-style';
import { svgClip, svgElement, svgText } from './svg-element';

const tickX = (layout: TimelineLayout, ms: number) =>
  Math.round((ms - layout.windowStartMs) * layout.pxPerMs);

export function svgLaneBackgrounds(layout: TimelineLayout): string {
  return layout.lanes
    .map(
      (lane, index) =>
        svgElement('rect', {
          x: 0,
          y: lane.yPx,
          width: layout.widthPx,
          height: lane.heightPx,
          fill: index % 2 === 0 ? COLORS.laneEven : COLORS.laneOdd,
        }) +
        svgElement('rect', {
          x: 0,
          y: lane.yPx + lane.heightPx - 1,
          width: layout.widthPx,
          height: 1,
          fill: COLORS.laneLine,
        }),
    )
    .join('');
}

export function svgGrid(layout: TimelineLayout, ticks: TickSet, heightPx: number): string {
  const lines = ticks.ticks.map((tick) =>
    svgElement('rect', {
      x: tickX(layout, tick.ms),
      y: AXIS_HEIGHT_PX,
      width: 1,
      height: heightPx - AXIS_HEIGHT_PX,
    }),
  );
  return svgElement('g', { fill: COLORS.grid }, lines.join(''));
}

export function svgAffiliations(layout: TimelineLayout): string {
  const { widthPx, windowStartMs, pxPerMs } = layout;
  const parts: string[] = [];
  for (const lane of layout.lanes) {
    if (lane.affiliationYPx < 0) continue;
    const y = lane.affiliationYPx + 1;
    for (const span of lane.affiliations) {
      const x0 = Math.max(-2, (span.startMs - windowStartMs) * pxPerMs);
      const x1 = Math.min(
        widthPx + 2,
        span.endMs === Infinity ? widthPx + 2 : (span.endMs - windowStartMs) * pxPerMs,
      );
      if (x1 <= 0 || x0 >= widthPx || x1 - x0 < 1) continue;
      parts.push(
        svgElement('rect', { x: x0, y, width: x1 - x0 - 1, height: 14, fill: tintFor(span.orgId) }),
      );
      const room = x1 - Math.max(x0, 0) - 8;
      if (room < 12) continue;
      const text = span.role ? `${span.label} · ${span.role}` : span.label;
      parts.push(svgClip(Math.max(x0, 0), y, room + 4, 14, svgText({ x: 4, y: 7.5 }, text)));
    }
  }
  return svgElement('g', { 'font-size': 10, fill: COLORS.affiliationText }, parts.join(''));
}

export function svgAxis(layout: TimelineLayout, ticks: TickSet): string {
  const marks = ticks.ticks.map((tick) => {
    const x = tickX(layout, tick.ms);
    return (
      svgElement('rect', { x, y: AXIS_HEIGHT_PX - 7, width: 1, height: 6, fill: COLORS.axisLine }) +
      svgText({ x: x + 4, y: AXIS_HEIGHT_PX / 2 - 1 }, tick.label)
    );
  });
  return svgElement(
    'g',
    { 'data-part': 'axis', 'font-size': 11, fill: COLORS.axisText },
    svgElement('rect', {
      x: 0,
      y: 0,
      width: layout.widthPx,
      height: AXIS_HEIGHT_PX,
      fill: '#ffffff',
    }) +
      svgElement('rect', {
        x: 0,
        y: AXIS_HEIGHT_PX - 1,
        width: layout.widthPx,
        height: 1,
        fill: COLORS.axisLine,
      }) +
      marks.join(''),
  );
}
