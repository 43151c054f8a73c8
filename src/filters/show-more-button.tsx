import { useI18n } from '../i18n/i18n-context';

/** Unfolds a facet's long list ("Show 17 more") and folds it again ("Show fewer"). */
export function ShowMoreButton({
  expanded,
  hiddenCount,
  onToggle,
}: {
  expanded: boolean;
  hiddenCount: number;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={onToggle}
      className="mt-1 min-h-6 text-sm text-blue-800 underline underline-offset-2"
    >
      {expanded ? t.showLess : t.showMore(hiddenCount)}
    </button>
  );
}
