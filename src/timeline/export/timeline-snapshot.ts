// What the exporters draw: the on-screen view frozen into plain data (the plot's marks as the
// canvas draws them, plus the texts the page shows as HTML), already placed on the page.
import type { KindShape } from '../kind-style';
import type { CanvasFrame } from '../render/draw-timeline';
import type { TextMeasurer } from './measure-text';

export interface ExportTextLine {
  text: string;
  /** Top of the line box, document px. */
  yPx: number;
}

export interface ExportLegendItem {
  label: string;
  color: string;
  shape: KindShape;
  /** Left of the swatch and top of the row, document px. */
  xPx: number;
  yPx: number;
}

/** A lane name in the gutter left of the plot; y relative to the plot's top. */
export interface ExportLaneName {
  lines: string[];
  count: string;
  yPx: number;
  heightPx: number;
}

/** A lane name floating over the top left of its lane (the page's phone layout); plot px. */
export interface ExportLaneTag {
  text: string;
  xPx: number;
  yPx: number;
  boxWidthPx: number;
}

/** An event label as the page's label layer shows it; plot px. */
export interface ExportLabel {
  event: number;
  /** Already cut to fit, with an ellipsis where the page would show one. */
  text: string;
  xPx: number;
  yPx: number;
  boxWidthPx: number;
  state: 'open' | 'focused' | 'plain';
  dim: boolean;
}

export interface ExportFrame {
  widthPx: number;
  heightPx: number;
  paddingPx: number;
  titleLines: ExportTextLine[];
  legend: ExportLegendItem[];
  gutterWidthPx: number;
  /** Top left of the plot (right of the gutter), document px. */
  plotXPx: number;
  plotYPx: number;
  plotWidthPx: number;
  plotHeightPx: number;
  footerLines: ExportTextLine[];
}

export interface TimelineSnapshot {
  lang: string;
  title: string;
  /** One sentence on what the image shows, for the SVG's description. */
  summary: string;
  frame: ExportFrame;
  /** Exactly what the canvas draws for this view. */
  plot: CanvasFrame;
  /** Lane names in a gutter left of the plot (the desktop layout); empty when they are tags. */
  lanes: ExportLaneName[];
  /** Lane names over the plot (the phone layout); empty when there is a gutter. */
  laneTags: ExportLaneTag[];
  labels: ExportLabel[];
  emptyText: string | null;
  /** The measurer the layout used: the SVG sizes cluster pills with it, as the canvas does. */
  measure: TextMeasurer;
}
