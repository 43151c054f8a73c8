import { useState } from 'react';
import type { DecodeWarning } from '../data/decode-result';
import { useI18n } from '../i18n/i18n-context';
import { refocusIfLost } from '../lib/refocus-if-lost';
import { linkWithoutData } from '../url/link-without-data';
import type { IgnoredParam } from '../url/search-state';

/**
 * After a notice is dismissed, focus goes to the next notice's Dismiss button, or to the
 * explorer's main region below the notices.
 */
const afterNotice = () =>
  document.querySelector<HTMLElement>('[data-notice] button') ??
  document.querySelector<HTMLElement>('main');

/** A notice about the link with a Dismiss button; `role` says whether it interrupts. */
function DismissibleNotice({
  role,
  message,
  onDismiss,
}: {
  role: 'status' | 'alert';
  message: string;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  return (
    <div
      role={role}
      data-notice
      className="flex items-start justify-between gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="wrap-anywhere">{message}</p>
      <button
        type="button"
        onClick={() => {
          onDismiss();
          refocusIfLost(afterNotice);
        }}
        className="min-h-6 shrink-0 rounded px-2 underline"
      >
        {t.dismiss}
      </button>
    </div>
  );
}

/**
 * Says that the events come from another site. A link to this site (even to one of its event
 * pages, whose preview shows this site's event) can carry `?data=` from anywhere; the reader
 * should know whose words and links these are. It stays: it is not a problem to dismiss.
 */
export function ForeignDataNotice({ host }: { host: string }) {
  const { t } = useI18n();
  const ownData = linkWithoutData(window.location.href);
  return (
    <p
      data-part="foreign-data"
      className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm wrap-anywhere text-sky-950"
    >
      {t.foreignData(host)}{' '}
      {ownData && (
        <a href={ownData} className="underline underline-offset-2">
          {t.useDefaultDataset}
        </a>
      )}
    </p>
  );
}

export function UrlNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const { t } = useI18n();
  const list = ignored.map(({ param, value }) => `${param}=${truncate(value, 40)}`).join(', ');
  // Dismissing hides this list only: a later problem (another dataset lacking the filtered
  // ids, say) brings the notice back.
  const [dismissedList, setDismissedList] = useState<string | null>(null);
  if (dismissedList === list) return null;
  return (
    <DismissibleNotice
      role="status"
      message={t.ignoredParams(list)}
      onDismiss={() => setDismissedList(list)}
    />
  );
}

export function NotFoundNotice({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <DismissibleNotice role="alert" message={t.notFound(truncate(id, 80))} onDismiss={onClose} />
  );
}

export function UnknownPathNotice({ path, onClose }: { path: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <DismissibleNotice
      role="alert"
      message={t.unknownPath(truncate(path, 80))}
      onDismiss={onClose}
    />
  );
}

/** Records left out or stripped while loading: a count, with the reasons on request. */
export function SkippedNotice({ warnings }: { warnings: DecodeWarning[] }) {
  const { t } = useI18n();
  const shown = warnings.slice(0, 200);
  return (
    <details className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <summary className="cursor-pointer font-medium">{t.skippedSummary(warnings.length)}</summary>
      <p className="mt-2">{t.skippedHint}</p>
      <ul className="mt-1 max-h-60 list-disc space-y-1 overflow-auto pl-5">
        {shown.map((warning, index) => (
          <li key={index} className="break-words">
            <span className="font-mono">{truncate(warning.id, 80)}</span> (
            {warning.skipped ? t.warningSkipped : t.warningStripped}):{' '}
            {truncate(warning.detail, 300)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
