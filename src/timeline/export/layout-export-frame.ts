// Places the export's parts on the page: the title, the legend (wrapping like the page's
// flex-wrap row), the gutter of lane names and the plot, and a footer line. Shared by the SVG
// and the PNG so both put everything in the same place.
import { GUTTER_WIDTH_PX } from '../lane-gutter';
import type { ExportFrame, ExportLegendItem } from './timeline-snapshot';
import { EXPORT_FONTS } from './export-style';
import { fitText, wrapText, type TextMeasurer } from './measure-text';

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
  plotWidthPx: number;
  plotHeightPx: number;
}

export function layoutExportFrame(inputs: FrameInputs, measure: TextMeasurer): ExportFrame {
  const widthPx = PADDING_PX * 2 + GUTTER_WIDTH_PX + inputs.plotWidthPx;
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
  return {
    widthPx,
    heightPx: footerYPx + FOOTER_LINE_PX + PADDING_PX,
    paddingPx: PADDING_PX,
    titleLines,
    legend,
    gutterWidthPx: GUTTER_WIDTH_PX,
    plotXPx: PADDING_PX + GUTTER_WIDTH_PX,
    plotYPx,
    plotWidthPx: inputs.plotWidthPx,
    plotHeightPx: inputs.plotHeightPx,
    footer: {
      text: fitText(inputs.footer, contentPx, EXPORT_FONTS.footer, measure),
      yPx: footerYPx,
    },
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
