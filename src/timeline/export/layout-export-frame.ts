// Places the export's parts on the page: the title, the legend (wrapping like the page's
// flex-wrap row), the gutter of lane names and the plot, and a footer line. Shared by the SVG
// and the PNG so both put everything in the same place.
import type { ExportFrame, ExportLaneName, ExportLegendItem } from './timeline-snapshot';
import { EXPORT_COLORS, EXPORT_FONTS, type ExportFont } from './export-style';
import { wrapText, type TextMeasurer } from './measure-text';

const PADDING_PX = 16;
const TITLE_LINE_PX = 24;
const LEGEND_ROW_PX = 20;
const LEGEND_SWATCH_PX = 14;
const LEGEND_SWATCH_GAP_PX = 6;
const LEGEND_ITEM_GAP_PX = 16;
const SECTION_GAP_PX = 12;
const FOOTER_LINE_PX = 16;

export interface FrameInputs {
  title: string;
  legend: Omit<ExportLegendItem, 'xPx' | 'yPx'>[];
  footer: string;
  /** 0 when the lane names float over the plot (the page's phone layout). */
  gutterWidthPx: number;
  plotWidthPx: number;
  plotHeightPx: number;
}

export function layoutExportFrame(inputs: FrameInputs, measure: TextMeasurer): ExportFrame {
  const widthPx = PADDING_PX * 2 + inputs.gutterWidthPx + inputs.plotWidthPx;
  const contentPx = widthPx - PADDING_PX * 2;
  let yPx = PADDING_PX;
  const titleLines = wrapText(inputs.title, contentPx, EXPORT_FONTS.title, measure, 3).map(
    (text, line) => ({ text, yPx: yPx + line * TITLE_LINE_PX }),
  );
  yPx += titleLines.length * TITLE_LINE_PX + SECTION_GAP_PX / 2;

  const legend: ExportLegendItem[] = [];
  let xPx = PADDING_PX;
  for (const item of inputs.legend) {
    const itemPx =
      LEGEND_SWATCH_PX + LEGEND_SWATCH_GAP_PX + measure(item.label, EXPORT_FONTS.legend);
    if (xPx > PADDING_PX && xPx + itemPx > PADDING_PX + contentPx) {
      xPx = PADDING_PX;
      yPx += LEGEND_ROW_PX;
    }
    legend.push({ ...item, xPx, yPx });
    xPx += itemPx + LEGEND_ITEM_GAP_PX;
  }
  if (legend.length > 0) yPx += LEGEND_ROW_PX;

  const plotYPx = yPx + SECTION_GAP_PX;
  const footerYPx = plotYPx + inputs.plotHeightPx + SECTION_GAP_PX;
  const footerLines = wrapText(inputs.footer, contentPx, EXPORT_FONTS.footer, measure, 3).map(
    (text, line) => ({ text, yPx: footerYPx + line * FOOTER_LINE_PX }),
  );
  return {
    widthPx,
    heightPx: footerYPx + footerLines.length * FOOTER_LINE_PX + PADDING_PX,
    paddingPx: PADDING_PX,
    titleLines,
    legend,
    gutterWidthPx: inputs.gutterWidthPx,
    plotXPx: PADDING_PX + inputs.gutterWidthPx,
    plotYPx,
    plotWidthPx: inputs.plotWidthPx,
    plotHeightPx: inputs.plotHeightPx,
    footerLines,
  };
}

/** Where a legend item's swatch and label sit, from its row's top left. */
export const LEGEND_METRICS = {
  rowPx: LEGEND_ROW_PX,
  swatchPx: LEGEND_SWATCH_PX,
  labelOffsetPx: LEGEND_SWATCH_PX + LEGEND_SWATCH_GAP_PX,
};
export const TITLE_LINE_HEIGHT_PX = TITLE_LINE_PX;
export const FOOTER_LINE_HEIGHT_PX = FOOTER_LINE_PX;

const LANE_LINE_PX = 16;
export const LANE_NAME_LEFT_PX = 8;

export interface PlacedLine {
  text: string;
  /** Vertical middle of the line, plot px. */
  yPx: number;
  font: ExportFont;
  color: string;
}

/** A lane's name and event count, centred in the lane like the page's flex column. */
export function placeLaneName(lane: ExportLaneName): PlacedLine[] {
  const blockPx = (lane.lines.length + 1) * LANE_LINE_PX;
  const topPx = lane.yPx + (lane.heightPx - blockPx) / 2 + LANE_LINE_PX / 2;
  const name = lane.lines.map((text, index) => ({
    text,
    yPx: topPx + index * LANE_LINE_PX,
    font: EXPORT_FONTS.laneName,
    color: EXPORT_COLORS.laneName,
  }));
  const count = {
    text: lane.count,
    yPx: topPx + lane.lines.length * LANE_LINE_PX,
    font: EXPORT_FONTS.laneCount,
    color: EXPORT_COLORS.laneCount,
  };
  return [...name, count];
}
