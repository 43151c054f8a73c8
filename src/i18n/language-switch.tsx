import { useNavigate } from '@tanstack/react-router';
import { useI18n } from './i18n-context';
import { UI_LANGUAGES, type UiLanguage } from './languages';

/** Switches the UI and dataset language; the choice is kept in the link (`lang`). */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const choose = (next: UiLanguage) =>
    void navigate({
      to: '.',
      search: (previous) => ({ ...previous, lang: next }),
      replace: true,
      resetScroll: false,
    });
  return (
    <div
      role="group"
      aria-label={t.language}
      className="flex rounded border border-slate-300 text-sm"
    >
      {UI_LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lang}
          onClick={() => choose(code)}
          // Corners rounded per button, not clipped by the group, which would cut the focus ring.
          className={`px-2 py-1.5 font-medium first:rounded-l-[3px] last:rounded-r-[3px] focus-visible:relative focus-visible:z-10 ${code === lang ? 'bg-slate-800 text-white' : 'bg-white text-slate-800 hover:bg-slate-100'}`}
        >
          <span aria-hidden="true">{code.toUpperCase()}</span>
          <span className="sr-only">{`${t.languageNames[code]} (${code.toUpperCase()})`}</span>
        </button>
      ))}
    </div>
  );
}
