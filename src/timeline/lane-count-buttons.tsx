// Below the timeline when lanes are folded into "N more people": unfold some, all of them when
// they are few enough to draw, or fold them back.
import { useRef } from 'react';
import { TIMELINE_ID } from '../lib/element-ids';
import { refocusIfLost } from '../lib/refocus-if-lost';
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
  const groupRef = useRef<HTMLDivElement>(null);
  if (hiddenLanes === 0 && extraLanes === 0) return null;
  // A click can remove the button clicked (nothing left to show, or to fold): focus goes to
  // the button that remains, or to the timeline.
  const change = (next: number) => {
    onExtraLanesChange(next);
    refocusIfLost(
      () => groupRef.current?.querySelector('button') ?? document.getElementById(TIMELINE_ID),
    );
  };
  return (
    <div ref={groupRef} className="flex flex-wrap gap-2 print:hidden">
      {hiddenLanes > 0 && (
        <button
          type="button"
          className={BUTTON_CLASS}
          onClick={() => change(extraLanes + MORE_LANES_STEP)}
        >
          {strings.showMoreLanes} ({strings.hiddenLanes(hiddenLanes)})
        </button>
      )}
      {hiddenLanes > MORE_LANES_STEP && hiddenLanes <= SHOW_ALL_LIMIT && (
        <button
          type="button"
          className={BUTTON_CLASS}
          onClick={() => change(extraLanes + hiddenLanes)}
        >
          {strings.showAllLanes}
        </button>
      )}
      {extraLanes > 0 && (
        <button type="button" className={BUTTON_CLASS} onClick={() => change(0)}>
          {strings.showFewerLanes}
        </button>
      )}
    </div>
  );
}
