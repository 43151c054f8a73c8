// Freezes the renderer's current view into a TimelineSnapshot. It runs the same pure steps as a
// frame (layout, ticks, label placement) for the same window and width, into a buffer of its
// own, so exporting never disturbs the live frame and shows exactly what the next one draws.
import { formatMs, formatNumber } from '../../i18n/format-date';
import { resolveText } from '../../i18n/resolve-text';
import { computeTicks } from '../compute-ticks';
import type { KindStyle } from '../kind-style';
import { GUTTER_WIDTH_PX } from '../lane-gutter';
import type { PositionedLane } from '../lane-types';
import { createLayoutBuffer } from '../layout-buffer';
import { layoutTimeline } from '../layout-timeline';
import { placeLabels, type PlacedLabel } from '../place-labels';
import type { LaneMatches } from '../render/match-prefix';
import type { RendererData } from '../render/renderer-types';
import type { TextCache } from '../render/text-cache';
import type { TimeWindow } from '../timeline-props';
import { getTimelineStrings } from '../timeline-strings';
import { EXPORT_FONTS, LABEL_PAD_PX, LANE_TAG_MAX_PX, LANE_TAG_PAD_PX } from './export-style';
import { layoutExportFrame } from './layout-export-frame';
import { fitText, wrapText, type TextMeasurer } from './measure-text';
import type {
  ExportLabel,
  ExportLaneName,
  ExportLaneTag,
  TimelineSnapshot,
} from './timeline-snapshot';

/** The page's lane name: two lines at most, inside the gutter's `px-2`. */
const LANE_NAME_WIDTH_PX = 132;

export interface SnapshotInputs {
  data: RendererData;
  window: TimeWindow;
  widthPx: number;
  kindStyles: readonly KindStyle[];
  laneMatches: LaneMatches[] | null;
  text: TextCache;
  measure: TextMeasurer;
}

export function captureTimelineSnapshot(inputs: SnapshotInputs): TimelineSnapshot {
  const { data, window, text, measure } = inputs;
  const { catalog, lang } = data;
  const widthPx = Math.max(1, inputs.widthPx);
  const layout = layoutTimeline(
    catalog,
    data.lanes,
    { startMs: window.startMs, endMs: window.endMs, widthPx },
    createLayoutBuffer(256),
  );
  const placed = placeLabels(layout, catalog, {
    ...data,
    laneMatches: inputs.laneMatches,
    measureTitlePx: text.measureTitlePx,
  });
  const strings = getTimelineStrings(lang);
  const title = resolveText(catalog.title, lang);
  // The page floats lane names over the plot when it is too narrow for a gutter, and then
  // reserves room for them in the label rows: the export follows the same layout.
  const tags = data.reservedLeftPx.length > 0;
  const range = `${formatDay(window.startMs, lang)} – ${formatDay(window.endMs - 1, lang)}`;
  const frame = layoutExportFrame(
    {
      title,
      legend: catalog.kinds.map((kind, index) => ({
        label: resolveText(kind.label, lang),
        ...inputs.kindStyles[index]!,
      })),
      footer: [title, range, keepTogether(strings.exportCredit)].join(' · '),
      gutterWidthPx: tags ? 0 : GUTTER_WIDTH_PX,
      plotWidthPx: widthPx,
      plotHeightPx: data.heightPx,
    },
    measure,
  );
  return {
    lang,
    title,
    summary: strings.exportSummary(
      formatNumber(data.visibleIndexes.length, lang),
      range,
      data.highlightMask &&
        formatNumber(countMatches(data.visibleIndexes, data.highlightMask), lang),
    ),
    frame,
    plot: {
      ...data,
      layout,
      ticks: computeTicks(window, widthPx, lang),
      kindStyles: inputs.kindStyles,
      laneMatches: inputs.laneMatches,
      formatCount: text.formatCount,
    },
    lanes: tags ? [] : data.lanes.map((lane) => toLaneName(lane, lang, measure)),
    laneTags: tags ? data.lanes.map((lane) => toLaneTag(lane, measure)) : [],
    labels: placed.map((label) => toExportLabel(label, data, text, measure)),
    emptyText: data.lanes.length === 0 ? strings.empty : null,
    measure,
  };
}

/** A date that a wrapped line never splits ("August 24, 2025"). */
function formatDay(ms: number, lang: string): string {
  return keepTogether(formatMs(ms, 'day', lang));
}

function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

function toLaneName(lane: PositionedLane, lang: string, measure: TextMeasurer): ExportLaneName {
  return {
    lines: wrapText(lane.label, LANE_NAME_WIDTH_PX, EXPORT_FONTS.laneName, measure, 2),
    count: formatNumber(lane.events.length, lang),
    yPx: lane.yPx,
    heightPx: lane.heightPx,
  };
}

function toLaneTag(lane: PositionedLane, measure: TextMeasurer): ExportLaneTag {
  const font = EXPORT_FONTS.laneTag;
  const padPx = LANE_TAG_PAD_PX;
  return {
    text: fitText(lane.label, LANE_TAG_MAX_PX - padPx * 2, font, measure),
    xPx: padPx,
    yPx: lane.labelTopPx,
    boxWidthPx: Math.min(LANE_TAG_MAX_PX, measure(lane.label, font) + padPx * 2),
  };
}

function toExportLabel(
  label: PlacedLabel,
  data: RendererData,
  text: TextCache,
  measure: TextMeasurer,
): ExportLabel {
  const open = label.event === data.openIndex;
  const font = open ? EXPORT_FONTS.openLabel : EXPORT_FONTS.label;
  const title = text.titleOf(label.event);
  return {
    event: label.event,
    text: fitText(title, label.widthPx - LABEL_PAD_PX * 2, font, measure),
    xPx: label.xPx,
    yPx: label.yPx,
    // The page's label is as wide as its text, up to the width placement gave it.
    boxWidthPx: Math.min(label.widthPx, measure(title, font) + LABEL_PAD_PX * 2),
    state: open ? 'open' : label.event === data.focusedIndex ? 'focused' : 'plain',
    dim: data.highlightMask !== null && !data.highlightMask[label.event],
  };
}

/** The events shown that a search highlights: the image draws the rest faded. */
function countMatches(visibleIndexes: Uint32Array, highlightMask: Uint8Array): number {
  let matches = 0;
  for (const event of visibleIndexes) matches += highlightMask[event]!;
  return matches;
}
