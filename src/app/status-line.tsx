import { useI18n } from '../i18n/i18n-context';

/** The live count of what is shown (contract: "Showing N of M events"). */
export function StatusLine({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700">
      {t.status(shown, total)}
    </p>
  );
}
