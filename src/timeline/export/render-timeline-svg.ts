// The view as a standalone SVG document: title, legend, lane names, the plot (the canvas's
// passes in the canvas's order, then the HTML labels on top) and a footer.
import { FONT } from '../render/draw-style';
import { EXPORT_COLORS } from './export-style';
import { escapeXml } from './escape-xml';
import { formatSvgNumber, svgElement, svgText } from './svg-element';
import { svgAffiliations, svgAxis, svgGrid, svgLaneBackgrounds } from './svg-plot-lanes';
import { svgGutter, svgLaneTags } from './svg-lane-names';
import { svgBandsAndBars, svgClusters, svgPoints, svgRings } from './svg-plot-marks';
import { svgFooter, svgLabels, svgLegend, svgTitle } from './svg-page-text';
import type { TimelineSnapshot } from './timeline-snapshot';

export function renderTimelineSvg(snapshot: TimelineSnapshot): string {
  const { frame, plot } = snapshot;
  const { layout, catalog } = plot;
  const eventId = (event: number) => catalog.events[event]?.id ?? '';
  const plotBody = [
    svgElement('rect', { width: frame.plotWidthPx, height: frame.plotHeightPx, fill: '#ffffff' }),
    svgLaneBackgrounds(layout),
    svgGrid(layout, plot.ticks, frame.plotHeightPx),
    svgAffiliations(layout),
    svgBandsAndBars(plot),
    svgPoints(plot),
    svgClusters(plot, snapshot.measure),
    svgRings(plot),
    svgAxis(layout, plot.ticks, snapshot.measure),
    svgLabels(snapshot.labels, eventId),
    svgLaneTags(snapshot.laneTags),
    snapshot.emptyText === null
      ? ''
      : svgText(
          {
            x: frame.plotWidthPx / 2,
            y: frame.plotHeightPx / 2,
            'text-anchor': 'middle',
            'font-size': 14,
            fill: EXPORT_COLORS.empty,
          },
          snapshot.emptyText,
        ),
  ].join('');
  const boxWidthPx = frame.gutterWidthPx + frame.plotWidthPx;
  const body = [
    svgElement('title', {}, escapeXml(snapshot.title)),
    svgElement('desc', {}, escapeXml(snapshot.summary)),
    svgElement('rect', {
      width: frame.widthPx,
      height: frame.heightPx,
      fill: EXPORT_COLORS.background,
    }),
    svgTitle(frame),
    svgLegend(frame),
    svgGutter(snapshot.lanes, frame),
    svgElement(
      'svg',
      {
        'data-part': 'plot',
        x: frame.plotXPx,
        y: frame.plotYPx,
        width: frame.plotWidthPx,
        height: frame.plotHeightPx,
        overflow: 'hidden',
      },
      plotBody,
    ),
    svgElement('rect', {
      x: frame.paddingPx - 0.5,
      y: frame.plotYPx - 0.5,
      width: boxWidthPx + 1,
      height: frame.plotHeightPx + 1,
      rx: 4,
      fill: 'none',
      stroke: EXPORT_COLORS.border,
    }),
    svgFooter(frame),
  ].join('');
  const root = svgElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: frame.widthPx,
      height: frame.heightPx,
      viewBox: `0 0 ${formatSvgNumber(frame.widthPx)} ${formatSvgNumber(frame.heightPx)}`,
      role: 'img',
      'xml:lang': snapshot.lang,
      'font-family': FONT,
    },
    body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
