// Lane names as SVG: a gutter left of the plot on desktop, tags over the plot on a phone,
// following the page's layout.
import { EXPORT_COLORS, EXPORT_FONTS, LABEL_HEIGHT_PX, LANE_TAG_PAD_PX } from './export-style';
import { LANE_NAME_LEFT_PX, placeLaneName } from './layout-export-frame';
import { svgClip, svgElement, svgFontAttrs, svgText } from './svg-element';
import type { ExportFrame, ExportLaneName, ExportLaneTag } from './timeline-snapshot';

/** The column of lane names left of the plot (desktop layout); nothing in the phone layout. */
export function svgGutter(lanes: readonly ExportLaneName[], frame: ExportFrame): string {
  const widthPx = frame.gutterWidthPx;
  if (widthPx <= 0) return '';
  const parts = lanes.map((lane) => {
    const rule = svgElement('rect', {
      x: 0,
      y: lane.yPx + lane.heightPx - 1,
      width: widthPx,
      height: 1,
      fill: EXPORT_COLORS.laneRule,
    });
    const lines = placeLaneName(lane).map((line) =>
      svgText(
        { x: LANE_NAME_LEFT_PX, y: line.yPx, fill: line.color, ...svgFontAttrs(line.font) },
        line.text,
      ),
    );
    return rule + lines.join('');
  });
  const names = svgElement('g', { 'data-part': 'lanes' }, parts.join(''));
  const edge = svgElement('rect', {
    x: widthPx - 1,
    y: 0,
    width: 1,
    height: frame.plotHeightPx,
    fill: EXPORT_COLORS.gutterRule,
  });
  return svgClip(frame.paddingPx, frame.plotYPx, widthPx, frame.plotHeightPx, names + edge);
}

export function svgLaneTags(tags: readonly ExportLaneTag[]): string {
  const parts = tags.map((tag) => {
    const chip = svgElement('rect', {
      x: tag.xPx,
      y: tag.yPx,
      width: tag.boxWidthPx,
      height: LABEL_HEIGHT_PX,
      rx: 2,
      fill: '#ffffff',
      'fill-opacity': 0.9,
    });
    const text = svgText({ x: LANE_TAG_PAD_PX, y: LABEL_HEIGHT_PX / 2 }, tag.text);
    return chip + svgClip(tag.xPx, tag.yPx, tag.boxWidthPx, LABEL_HEIGHT_PX, text);
  });
  const font = svgFontAttrs(EXPORT_FONTS.laneTag);
  return svgElement(
    'g',
    { 'data-part': 'lanes', fill: EXPORT_COLORS.laneTag, ...font },
    parts.join(''),
  );
}
