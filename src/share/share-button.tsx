import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { buildShareUrl } from './share-url';

type ShareState = 'idle' | 'copied' | 'failed';

/** Shares the current view: the system share sheet where there is one, else the clipboard. */
export function ShareButton({ openEventId }: { openEventId: string | undefined }) {
  const { t } = useI18n();
  const [state, setState] = useState<ShareState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const handle = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(handle);
  }, [state]);

  const share = async () => {
    const url = buildShareUrl(window.location, import.meta.env.BASE_URL, openEventId);
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
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
      >
        {t.share}
      </button>
      <span role="status" aria-live="polite" className={state === 'idle' ? 'sr-only' : 'absolute top-full right-0 z-30 mt-1 w-max max-w-xs rounded bg-slate-900 px-2 py-1 text-xs text-white'}>
        {state === 'copied' ? t.shareCopied : state === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}
