// Zoom buttons. They sit outside the timeline's single tab stop: ordinary buttons, named in the
// reader's language.
import type { TimelineStrings } from './timeline-strings';

interface ToolbarProps {
  strings: TimelineStrings;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
}

const BUTTON =
  'inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 active:bg-slate-200';

export function TimelineToolbar({ strings, onZoomIn, onZoomOut, onFitAll }: ToolbarProps) {
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={BUTTON}
        aria-label={strings.zoomIn}
        title={strings.zoomIn}
        onClick={onZoomIn}
      >
        <Icon d="M8 3v10M3 8h10" />
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={strings.zoomOut}
        title={strings.zoomOut}
        onClick={onZoomOut}
      >
        <Icon d="M3 8h10" />
      </button>
      <button type="button" className={BUTTON} onClick={onFitAll}>
        <Icon d="M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4" />
        <span>{strings.fitAll}</span>
      </button>
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
