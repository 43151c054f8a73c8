// The grip at the top of the event sheet on phones and tablets: folding the sheet down to the
// event's title uncovers the timeline behind it, so a reader can see where the event sits and
// tap through neighbouring marks with the title still shown. A tap or click toggles it; a
// finger (or mouse) dragged down folds it and dragged up unfolds it.
import { useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** How far the grip must be dragged to count as a drag rather than a tap. */
const DRAG_PX = 24;

/** Whether a drag of the grip by `dyPx` (down is positive) changes the sheet. */
function gripDragToggles(dyPx: number, collapsed: boolean): boolean {
  return collapsed ? dyPx <= -DRAG_PX : dyPx >= DRAG_PX;
}

export function SheetHandle({
  collapsed,
  onToggle,
  controls,
}: {
  collapsed: boolean;
  onToggle: () => void;
  /** The id of the part the handle shows and hides. */
  controls: string;
}) {
  const { t } = useI18n();
  const dragStartY = useRef<number | null>(null);
  // A drag ends in a click too (a mouse's always): that click must not toggle back.
  const dragged = useRef(false);
  return (
    <button
      type="button"
      onPointerDown={(event) => {
        dragStartY.current = event.clientY;
        dragged.current = false;
        event.currentTarget.setPointerCapture?.(event.pointerId);
      }}
      onPointerUp={(event) => {
        if (dragStartY.current === null) return;
        const dyPx = event.clientY - dragStartY.current;
        dragStartY.current = null;
        if (Math.abs(dyPx) < DRAG_PX) return;
        dragged.current = true;
        if (gripDragToggles(dyPx, collapsed)) onToggle();
      }}
      onPointerCancel={() => (dragStartY.current = null)}
      onClick={(event) => {
        // Enter, Space and screen readers click with detail 0: never a drag's click.
        if (event.detail === 0 || !dragged.current) onToggle();
        dragged.current = false;
      }}
      aria-expanded={!collapsed}
      aria-controls={controls}
      aria-label={t.eventDetails}
      // The browser would scroll the page under a finger dragging the grip.
      className="-mt-2 mb-1 flex h-6 w-full touch-none items-center justify-center rounded lg:hidden print:hidden"
    >
      <span aria-hidden="true" data-grip className="h-1.5 w-10 rounded-full bg-slate-400" />
    </button>
  );
}
