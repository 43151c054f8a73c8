import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useSearchState } from '../app/use-view-state';
import { buildShareUrl } from './share-url';

type ShareState = 'idle' | 'copied' | 'failed';

/** Shares the current view: the system share sheet where there is one, else the clipboard. */
export function ShareButton({ openEventId }: { openEventId: string | undefined }) {
  const { t } = useI18n();
  const search = useSearchState();
  const [state, setState] = useState<ShareState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const handle = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(handle);
  }, [state]);

  const share = async () => {
    const url = buildShareUrl(
      window.location.origin,
      import.meta.env.BASE_URL,
      search,
      openEventId,
    );
    const coarsePointer = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    if (navigator.share && coarsePointer) {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => void share()}
        className="flex items-center gap-1.5 rounded bg-blue-700 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-blue-800 sm:px-3"
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <circle cx="4" cy="8" r="2" />
          <circle cx="12" cy="3.5" r="2" />
          <circle cx="12" cy="12.5" r="2" />
          <path d="M5.8 7l4.4-2.5M5.8 9l4.4 2.5" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t.share}</span>
      </button>
      <span
        role="status"
        aria-live="polite"
        className={
          state === 'idle'
            ? 'sr-only'
            : 'absolute top-full right-0 z-30 mt-1 w-max max-w-xs rounded bg-slate-900 px-2 py-1 text-xs text-white'
        }
      >
        {state === 'copied' ? t.shareCopied : state === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}
