import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { isTypingTarget } from '../lib/typing-target';
import { useMediaQuery } from '../lib/use-media-query';

/**
 * The text search; `/` anywhere on the page (outside a text field) focuses it. Every keystroke
 * searches: the box shows it at once, and the results follow in their own render (see
 * use-explorer-model.ts).
 */
export function SearchBox({
  value,
  onChange,
  pending,
}: {
  value: string;
  onChange: (value: string) => void;
  pending: boolean;
}) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  // The full placeholder is cut off in the narrowest phones' search box.
  const roomForPlaceholder = useMediaQuery('(min-width: 400px)', true);
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // The URL keeps the query trimmed; only a different query (Back, Clear all) replaces the text.
  if (value !== lastValue && value !== lastValue.trim()) {
    setLastValue(value);
    setDraft(value);
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
      className="relative"
    >
      <label htmlFor="event-search" className="sr-only">
        {t.searchLabel}
      </label>
      <input
        ref={inputRef}
        id="event-search"
        type="search"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setLastValue(event.target.value);
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft) {
            event.stopPropagation();
            setDraft('');
            onChange('');
          }
        }}
        placeholder={roomForPlaceholder ? t.searchPlaceholder : t.searchPlaceholderShort}
        aria-describedby="event-search-hint"
        maxLength={200}
        autoComplete="off"
        // Room on the right for the hint: "Searching…" while pending, else the `/` key, which
        // phones (no keyboard) leave out so the placeholder keeps its width.
        className={`w-full rounded border border-slate-400 bg-white py-1.5 pl-3 text-base sm:pointer-fine:text-sm ${
          pending ? 'pr-20' : 'pr-3 sm:pr-10'
        }`}
      />
      <span
        id="event-search-hint"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 text-xs text-slate-600"
        aria-live="polite"
      >
        {pending ? (
          t.searching
        ) : (
          <span aria-hidden="true" className="hidden sm:inline">
            <kbd className="rounded border border-slate-300 px-1">/</kbd>
          </span>
        )}
        <span className="sr-only">{t.searchShortcut}</span>
      </span>
    </form>
  );
}
