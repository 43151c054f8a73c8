// "Embed": an <iframe> snippet for the current view, ready to copy.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchState } from '../url/search-state';
import { buildEmbedSnippet, buildViewUrl } from './embed-snippet';
import { useI18n } from '../i18n/i18n-context';
import { ModalDialog } from './modal-dialog';
import { useShareStrings } from './share-strings';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The dataset title in the UI language, for the iframe's accessible title. */
  title: string;
  search: SearchState;
  openEventId?: string;
  /** True when the data came from a local file: an embed can only load data by address. */
  localData?: boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function EmbedDialog({
  open,
  onClose,
  title,
  search,
  openEventId,
  localData = false,
}: EmbedDialogProps) {
  const s = useShareStrings();
  const { lang } = useI18n();
  const codeId = useId();
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The frame speaks the language the snippet was made in, as its title does, whatever the
  // language of each visitor's browser.
  const src = buildViewUrl(
    {
      origin: window.location.origin,
      base: import.meta.env.BASE_URL,
      search: { ...search, lang: search.lang ?? lang },
      openEventId,
    },
    true,
  );
  const snippet = buildEmbedSnippet(src, s.iframeTitle(title));

  useEffect(() => {
    if (copy === 'idle') return;
    const handle = setTimeout(() => setCopy('idle'), 2500);
    return () => clearTimeout(handle);
  }, [copy]);

  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      codeRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <ModalDialog open={open} onClose={onClose} title={s.embedTitle}>
      <p className="mb-3 text-sm text-slate-700">{s.embedIntro}</p>
      {localData && (
        <p className="mb-3 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950">
          {s.embedLocalData}
        </p>
      )}
      <label htmlFor={codeId} className="block text-sm font-medium">
        {s.embedCodeLabel}
      </label>
      <textarea
        ref={codeRef}
        id={codeId}
        data-autofocus
        readOnly
        value={snippet}
        rows={5}
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
        className="mt-1 w-full resize-none rounded border border-slate-400 bg-slate-50 p-2 font-mono text-xs break-all focus-visible:outline-2 focus-visible:outline-blue-700"
      />
      <div className="mt-3 flex items-center gap-3">
        <button
          type="button"
          onClick={() => void copySnippet()}
          className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {s.copyCode}
        </button>
        <span role="status" className="text-sm text-slate-700">
          {copy === 'copied' ? s.codeCopied : copy === 'failed' ? s.copyFailed : ''}
        </span>
      </div>
    </ModalDialog>
  );
}
