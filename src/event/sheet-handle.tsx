// The grip at the top of the event sheet on phones and tablets: folding the sheet down to the
// event's title uncovers the timeline behind it, so a reader can see where the event sits and
// tap through neighbouring marks with the title still shown.
import { useI18n } from '../i18n/i18n-context';

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
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-expanded={!collapsed}
      aria-controls={controls}
      aria-label={t.eventDetails}
      className="-mt-2 mb-1 flex h-6 w-full items-center justify-center rounded lg:hidden print:hidden"
    >
      <span aria-hidden="true" data-grip className="h-1.5 w-10 rounded-full bg-slate-400" />
    </button>
  );
}
