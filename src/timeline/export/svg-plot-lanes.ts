// The SVG twins of render/draw-lanes.ts: lane stripes, grid, affiliation bars and the axis,
// with the same geometry and colours as the canvas.
import { AFFILIATION_BAR_HEIGHT_PX, layoutAffiliationBars } from '../affiliation-bars';
import { AXIS_HEIGHT_PX } from '../arrange-lanes';
import { placeTickLabels, type TickSet } from '../compute-ticks';
import type { TimelineLayout } from '../layout-buffer';
import { COLORS, tintFor } from '../render/draw-style';
import type { TextMeasurer } from './measure-text';
import { svgClip, svgElement, svgText } from './svg-element';

/** The canvas's AXIS_FONT. */
const AXIS_FONT = { sizePx: 11, weight: 400 } as const;

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
  const bars = layoutAffiliationBars(
    layout.lanes,
    layout.windowStartMs,
    layout.pxPerMs,
    layout.widthPx,
  );
  const parts = bars.map((bar) => {
    const rect = svgElement('rect', {
      x: bar.x0,
      y: bar.y,
      width: bar.x1 - bar.x0 - 1,
      height: AFFILIATION_BAR_HEIGHT_PX,
      fill: tintFor(bar.orgId),
    });
    if (bar.text === null) return rect;
    return (
      rect +
      svgClip(
        bar.labelX,
        bar.y,
        bar.labelWidth,
        AFFILIATION_BAR_HEIGHT_PX,
        svgText({ x: 4, y: 7.5 }, bar.text),
      )
    );
  });
  return svgElement('g', { 'font-size': 10, fill: COLORS.affiliationText }, parts.join(''));
}

export function svgAxis(layout: TimelineLayout, ticks: TickSet, measure: TextMeasurer): string {
  const marks = ticks.ticks.map((tick) =>
    svgElement('rect', {
      x: tickX(layout, tick.ms),
      y: AXIS_HEIGHT_PX - 7,
      width: 1,
      height: 6,
      fill: COLORS.axisLine,
    }),
  );
  const labels = placeTickLabels(
    ticks,
    (ms) => tickX(layout, ms),
    (text) => measure(text, AXIS_FONT),
    layout.widthPx,
  ).map((label) => svgText({ x: label.xPx, y: AXIS_HEIGHT_PX / 2 - 1 }, label.text));
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
      marks.join('') +
      labels.join(''),
  );
}
