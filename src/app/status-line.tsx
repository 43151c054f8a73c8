import { useI18n } from '../i18n/i18n-context';

/** The live count of what is shown (contract: "Showing N of M events"). */
export function StatusLine({ shown, total }: { shown: number; total: number }) {
  const { t, lang } = useI18n();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700">
      {t.status(formatCount(shown, lang), formatCount(total, lang))}
    </p>
  );
}

/** Digits without grouping separators, so the count reads the same to people and to scripts. */
function formatCount(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(value);
}
