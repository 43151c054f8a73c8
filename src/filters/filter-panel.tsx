// The filter panel: a sidebar on wide screens, a drawer opened from the header below 768 px.
import { useEffect, useRef } from 'react';
import type { Catalog } from '../data/catalog';
import { keepTabInside } from '../lib/keep-tab-inside';
import { useI18n } from '../i18n/i18n-context';
import { GROUPS, type Group, type SearchState } from '../url/search-state';
import { ActiveChips } from './active-chips';
import { DateRange } from './date-range';
import { EntityFacet } from './entity-facet';
import type { FacetCounts } from './facet-counts';
import type { Filters } from './filter-state';
import { KindFacet } from './kind-facet';

interface FilterPanelProps {
  catalog: Catalog;
  search: SearchState;
  filters: Filters;
  counts: FacetCounts;
  dateContextIndexes: Uint32Array;
  onChange: (patch: Partial<SearchState>) => void;
  onClearAll: () => void;
  open: boolean;
  onClose: () => void;
}

export function FilterPanel({
  catalog,
  search,
  filters,
  counts,
  dateContextIndexes,
  onChange,
  onClearAll,
  open,
  onClose,
}: FilterPanelProps) {
  const { t } = useI18n();
  const panelRef = useRef<HTMLElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  // The drawer (phones) covers the page: focus moves in, Tab stays in, Escape closes the
  // drawer rather than the event behind it, and focus goes back to the Filters button.
  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.querySelector<HTMLElement>('button, input')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      // Only while it is a drawer over the page: widened past the phone layout, the panel is
      // an ordinary side panel again and keys are not its business.
      if (getComputedStyle(panel).position !== 'fixed') return;
      if (event.key === 'Escape') {
        // Capture phase: the event panel's own Escape sees it handled and stays open.
        event.preventDefault();
        closeRef.current();
      } else keepTabInside(panel, event);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      const active = document.activeElement;
      if (!active || active === document.body || panel.contains(active)) opener?.focus();
    };
  }, [open]);

  return (
    <>
      {open && (
        <div
          // touch-none: a swipe on the shade would scroll the page behind the drawer.
          className="fixed inset-0 z-40 touch-none bg-slate-900/40 md:hidden"
          aria-hidden="true"
          onClick={onClose}
        />
      )}
      <aside
        id="filter-panel"
        ref={panelRef}
        aria-label={t.filters}
        // Focus lands here when the control that had it is gone (the last filter chip).
        tabIndex={-1}
        className={`outline-none print:hidden ${open ? 'fixed inset-y-0 left-0 z-50 block w-[min(20rem,88vw)] shadow-2xl' : 'hidden'} overflow-y-auto overscroll-contain border-r border-slate-200 bg-white p-4 md:static md:z-auto md:block md:w-72 md:shrink-0 md:shadow-none`}
      >
        <div className="mb-3 flex items-center justify-between md:hidden">
          <h2 className="text-lg font-semibold">{t.filters}</h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          >
            {t.closeFilters}
          </button>
        </div>
        <div className="space-y-5">
          <ActiveChips
            catalog={catalog}
            search={search}
            onChange={onChange}
            onClearAll={onClearAll}
            fallbackFocus={() => panelRef.current}
          />
          <KindFacet
            catalog={catalog}
            selected={filters.kind}
            counts={counts.kind}
            onChange={(kind) => onChange({ kind })}
          />
          <EntityFacet
            heading={t.peopleHeading}
            findLabel={t.filterPeople}
            entities={catalog.people}
            selected={filters.person}
            counts={counts.person}
            onChange={(person) => onChange({ person })}
          />
          <EntityFacet
            heading={t.orgsHeading}
            findLabel={t.filterOrgs}
            entities={catalog.organizations}
            selected={filters.org}
            counts={counts.org}
            onChange={(org) => onChange({ org })}
          />
          <DateRange
            catalog={catalog}
            indexes={dateContextIndexes}
            from={search.from}
            to={search.to}
            onChange={(range) => onChange(range)}
          />
          <div>
            <label
              htmlFor="group-select"
              className="mb-1 block text-sm font-semibold text-slate-900"
            >
              {t.groupLabel}
            </label>
            <select
              id="group-select"
              value={search.group}
              onChange={(event) => onChange({ group: event.target.value as Group })}
              className="w-full rounded border border-slate-400 bg-white px-2 py-1 text-base sm:pointer-fine:text-sm"
            >
              {GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t.groupNames[group]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </aside>
    </>
  );
}
