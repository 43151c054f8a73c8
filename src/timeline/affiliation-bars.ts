// Where a person lane's career bars fall in the visible window: one geometry for the canvas
// and for the SVG export, so both draw the same bars and labels.
import { AFFILIATION_ROW_PX } from './arrange-lanes';
import type { PositionedLane } from './lane-types';

export const AFFILIATION_BAR_HEIGHT_PX = 14;
/** Narrower than this, a bar keeps its colour but shows no label. */
const MIN_LABEL_ROOM_PX = 12;

export interface AffiliationBar {
  x0: number;
  x1: number;
  y: number;
  orgId: string;
  /** "Organization · role", or null when the bar has no room for it. */
  text: string | null;
  /** Left edge and width of the label's clip box; the label sticks to the window's left edge. */
  labelX: number;
  labelWidth: number;
}

export function layoutAffiliationBars(
  lanes: readonly PositionedLane[],
  windowStartMs: number,
  pxPerMs: number,
  widthPx: number,
): AffiliationBar[] {
  const bars: AffiliationBar[] = [];
  for (const lane of lanes) {
    if (lane.affiliationYPx < 0) continue;
    for (const span of lane.affiliations) {
      const y = lane.affiliationYPx + 1 + span.row * AFFILIATION_ROW_PX;
      const x0 = Math.max(-2, (span.startMs - windowStartMs) * pxPerMs);
      const x1 = Math.min(
        widthPx + 2,
        span.endMs === Infinity ? widthPx + 2 : (span.endMs - windowStartMs) * pxPerMs,
      );
      if (x1 <= 0 || x0 >= widthPx || x1 - x0 < 1) continue;
      const room = x1 - Math.max(x0, 0) - 8;
      const text =
        room < MIN_LABEL_ROOM_PX ? null : span.role ? `${span.label} · ${span.role}` : span.label;
      bars.push({
        x0,
        x1,
        y,
        orgId: span.orgId,
        text,
        labelX: Math.max(x0, 0),
        labelWidth: room + 4,
      });
    }
  }
  return bars;
}
