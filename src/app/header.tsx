import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { SearchBox } from '../filters/search-box';
import { ShareButton } from '../share/share-button';
import { KeyboardShortcuts } from './keyboard-shortcuts';

interface HeaderProps {
  title: string;
  query: string;
  onQueryChange: (query: string) => void;
  searchPending: boolean;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  openEventId: string | undefined;
}

/** Title, search, language and share. On a phone: title and actions, then filters and search. */
export function Header({
  title,
  query,
  onQueryChange,
  searchPending,
  filtersOpen,
  onToggleFilters,
  openEventId,
}: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 bg-white px-3 py-2 sm:px-4 print:border-0 print:px-0">
      <h1
        className="line-clamp-2 min-w-0 flex-1 text-base leading-tight font-semibold wrap-anywhere md:text-lg lg:max-w-[40%] lg:flex-none print:line-clamp-none print:max-w-none print:text-xl"
        title={title}
      >
        {title}
      </h1>
      <div className="order-last flex w-full items-center gap-2 lg:order-none lg:w-auto lg:flex-1 print:hidden">
        <button
          type="button"
          onClick={onToggleFilters}
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          className="shrink-0 rounded border border-slate-400 px-3 py-1.5 text-sm font-medium md:hidden"
        >
          {t.filters}
        </button>
        <div className="min-w-0 flex-1">
          <SearchBox value={query} onChange={onQueryChange} pending={searchPending} />
        </div>
      </div>
      <div className="contents print:hidden">
        <KeyboardShortcuts />
        <LanguageSwitch />
        <ShareButton openEventId={openEventId} />
      </div>
    </header>
  );
}
