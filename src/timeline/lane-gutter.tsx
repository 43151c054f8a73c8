// Lane names, outside the zoomable plot so they stay put while panning. On a phone there is no
// room for a gutter and the names float over the top-left of each lane instead.
import type { PositionedLane } from './lane-types';
import { formatNumber } from '../i18n/format-date';

export const GUTTER_WIDTH_PX = 148;
const OVERLAY_MAX_PX = 150;

export function LaneGutter({
  lanes,
  heightPx,
  lang,
}: {
  lanes: readonly PositionedLane[];
  heightPx: number;
  lang: string;
}) {
  return (
    <div
      className="relative shrink-0 border-r border-slate-200 bg-white"
      style={{ width: GUTTER_WIDTH_PX, height: heightPx }}
    >
      {lanes.map((lane) => (
        <div
          key={lane.key}
          data-lane={lane.key}
          className="absolute right-0 left-0 flex flex-col justify-center border-b border-slate-100 px-2"
          style={{ top: lane.yPx, height: lane.heightPx }}
          title={lane.label}
        >
          <span className="line-clamp-2 text-[13px] leading-tight font-medium text-slate-800">
            {lane.label}
          </span>
          <span className="text-[11px] text-slate-500">
            {formatNumber(lane.events.length, lang)}
          </span>
        </div>
      ))}
    </div>
  );
}

export function LaneNameOverlay({ lanes }: { lanes: readonly PositionedLane[] }) {
  return lanes.map((lane) => (
    <div
      key={lane.key}
      className="pointer-events-none absolute left-1 truncate rounded-sm bg-white/90 px-1 text-[11px] leading-4 font-semibold text-slate-700"
      style={{ top: lane.labelTopPx, maxWidth: OVERLAY_MAX_PX }}
    >
      {lane.label}
    </div>
  ));
}

/** Room the overlaid name takes (an estimate: React renders it, the canvas does not measure it). */
export function estimateOverlayPx(lane: PositionedLane): number {
  return Math.min(OVERLAY_MAX_PX, lane.label.length * 6.6 + 14) + 4;
}
