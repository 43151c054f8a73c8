// Gives each lane its vertical place: label rows on top, the mark line, and for person lanes
// the affiliation bars at the bottom, one row per overlapping affiliation. Lanes that show
// everything get more label rows.
import type { Group } from '../url/search-state';
import { affiliationRowCount } from './collect-affiliations';
import type { Lane, PositionedLane } from './lane-types';

export const AXIS_HEIGHT_PX = 28;
export const LABEL_ROW_PX = 17;
const LANE_PAD_TOP_PX = 4;
const MARK_AREA_PX = 24;
/** One row of affiliation bars: the bar and the gap under it. */
export const AFFILIATION_ROW_PX = 17;
const LANE_PAD_BOTTOM_PX = 3;

const LABEL_ROWS: Record<Group, number> = { kind: 2, org: 1, person: 1, none: 4 };

export interface ArrangedLanes {
  lanes: PositionedLane[];
  /** Canvas height: the axis plus every lane. */
  heightPx: number;
}

export function arrangeLanes(
  lanes: readonly Lane[],
  group: Group,
  topPx = AXIS_HEIGHT_PX,
): ArrangedLanes {
  const labelRows = LABEL_ROWS[group];
  let yPx = topPx;
  const positioned = lanes.map((lane) => {
    const hasAffiliations = group === 'person';
    const barRows = hasAffiliations ? Math.max(1, affiliationRowCount(lane.affiliations)) : 0;
    const heightPx =
      LANE_PAD_TOP_PX +
      labelRows * LABEL_ROW_PX +
      MARK_AREA_PX +
      barRows * AFFILIATION_ROW_PX +
      LANE_PAD_BOTTOM_PX;
    const labelTopPx = yPx + LANE_PAD_TOP_PX;
    const markYPx = labelTopPx + labelRows * LABEL_ROW_PX + MARK_AREA_PX / 2;
    const result: PositionedLane = {
      ...lane,
      yPx,
      heightPx,
      markYPx,
      labelTopPx,
      labelRows,
      affiliationYPx: hasAffiliations ? markYPx + MARK_AREA_PX / 2 : -1,
    };
    yPx += heightPx;
    return result;
  });
  return { lanes: positioned, heightPx: yPx };
}
