// Below the timeline when lanes are folded into "N more people": unfold some, all of them when
// they are few enough to draw, or fold them back.
import type { TimelineStrings } from './timeline-strings';

const MORE_LANES_STEP = 8;
/** The most folded lanes "Show all" unfolds at once: each is a band of canvas to draw. */
const SHOW_ALL_LIMIT = 50;

const BUTTON_CLASS =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-100';

export function LaneCountButtons({
  hiddenLanes,
  extraLanes,
  strings,
  onExtraLanesChange,
}: {
  hiddenLanes: number;
  /** Lanes shown beyond the grouping's default. */
  extraLanes: number;
  strings: TimelineStrings;
  onExtraLanesChange: (extraLanes: number) => void;
}) {
  if (hiddenLanes === 0 && extraLanes === 0) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {hiddenLanes > 0 && (
        <button
          type="button"
          className={BUTTON_CLASS}
          onClick={() => onExtraLanesChange(extraLanes + MORE_LANES_STEP)}
        >
          {strings.showMoreLanes} ({strings.moreLanes(hiddenLanes)})
        </button>
      )}
      {hiddenLanes > MORE_LANES_STEP && hiddenLanes <= SHOW_ALL_LIMIT && (
        <button
          type="button"
          className={BUTTON_CLASS}
          onClick={() => onExtraLanesChange(extraLanes + hiddenLanes)}
        >
          {strings.showAllLanes}
        </button>
      )}
      {extraLanes > 0 && (
        <button type="button" className={BUTTON_CLASS} onClick={() => onExtraLanesChange(0)}>
          {strings.showFewerLanes}
        </button>
      )}
    </div>
  );
}
