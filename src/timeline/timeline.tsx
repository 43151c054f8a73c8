// Placeholder until the timeline lands: keeps the shell's contract (one tab stop named Timeline).
import type { TimelineProps } from './timeline-props';

export function Timeline({ visibleIndexes }: TimelineProps) {
  return (
    <div tabIndex={0} role="group" aria-label="Timeline" className="h-64 rounded border border-slate-300 bg-white p-4">
      {visibleIndexes.length}
    </div>
  );
}
