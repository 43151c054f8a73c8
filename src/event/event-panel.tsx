// The open event: what happened, when, who, and where it is reported.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import { formatDateRange } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import type { SearchState } from '../url/search-state';
import { EntityChips } from './entity-chips';
import { EventSources } from './event-sources';
import { KindBadge } from './kind-badge';
import { RelatedEvents } from './related-events';
import { SheetHandle } from './sheet-handle';
import { findNeighbours } from './neighbours';
import { isTypingTarget } from '../lib/typing-target';
import { usePanelFocus } from './use-panel-focus';
import { useSheetClearance } from './use-sheet-clearance';

interface EventPanelProps {
  catalog: Catalog;
  index: number;
  visibleIndexes: Uint32Array;
  search: SearchState;
  onOpen: (index: number) => void;
  onClose: () => void;
  onFilter: (patch: Partial<SearchState>) => void;
}

export function EventPanel({
  catalog,
  index,
  visibleIndexes,
  search,
  onOpen,
  onClose,
  onFilter,
}: EventPanelProps) {
  const { t, lang } = useI18n();
  const event = catalog.events[index]!;
  const { previous, next } = findNeighbours(visibleIndexes, index);
  const hidden = !visibleIndexes.includes(index);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Below the lg breakpoint the panel is a sheet over the timeline; folded, it shows the title.
  const [collapsed, setCollapsed] = useState(false);
  usePanelFocus(panelRef, headingRef, index);
  useSheetClearance(panelRef);
  // Another event in the same panel (Previous, Next, a related event) starts at its title;
  // kept where the last one was scrolled to, it showed that one's sources under a new title.
  useLayoutEffect(() => {
    if (panelRef.current) panelRef.current.scrollTop = 0;
  }, [index]);

  useEffect(() => {
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== 'Escape' || keyEvent.defaultPrevented) return;
      if (isTypingTarget(keyEvent.target)) return;
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const people = [...new Set(event.people ?? [])].flatMap((id) =>
    catalog.people.filter((person) => person.id === id),
  );
  const orgs = [...new Set(event.organizations ?? [])].flatMap((id) =>
    catalog.organizations.filter((org) => org.id === id),
  );
  const toggle = (facet: 'person' | 'org', id: string) =>
    onFilter({
      [facet]: search[facet].includes(id)
        ? search[facet].filter((value) => value !== id)
        : [...search[facet], id],
    });

  return (
    <aside
      ref={panelRef}
      aria-labelledby="event-panel-title"
      className="fixed inset-x-0 bottom-0 z-30 max-h-[65vh] overflow-y-auto rounded-t-2xl max-lg:scroll-pb-20 max-lg:overscroll-contain border-t border-slate-300 bg-white p-4 shadow-2xl print:static print:order-first print:max-h-none print:overflow-visible print:rounded-none print:border-0 print:px-0 print:shadow-none lg:sticky lg:top-0 lg:z-auto lg:max-h-screen lg:w-96 lg:shrink-0 lg:self-start lg:rounded-none lg:border-t-0 lg:border-l lg:shadow-none"
    >
      <SheetHandle
        collapsed={collapsed}
        onToggle={() => setCollapsed((value) => !value)}
        controls="event-panel-body"
      />
      <div className="mb-2 flex items-start justify-between gap-2">
        <KindBadge catalog={catalog} kindIndex={catalog.kindIndex[index]!} lang={lang} />
        <button
          type="button"
          onClick={onClose}
          aria-label={t.closePanel}
          className="-mt-1 rounded px-2 py-1 text-xl leading-none text-slate-700 hover:bg-slate-100 print:hidden"
        >
          ×
        </button>
      </div>
      <h2
        ref={headingRef}
        id="event-panel-title"
        tabIndex={-1}
        className="text-xl font-semibold wrap-anywhere text-slate-900"
      >
        {resolveText(event.title, lang)}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, lang)}</time>
      </p>
      <div id="event-panel-body" className={collapsed ? 'max-lg:hidden print:block' : undefined}>
        {hidden && (
          <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950">
            {t.notShownByFilters}
          </p>
        )}
        {event.summary && (
          <p className="mt-3 wrap-anywhere whitespace-pre-line text-slate-800">
            {resolveText(event.summary, lang)}
          </p>
        )}
        <div className="mt-4 space-y-4">
          <EntityChips
            heading={t.peopleLabel}
            entities={people}
            activeIds={search.person}
            onFilter={(id) => toggle('person', id)}
          />
          <EntityChips
            heading={t.orgsLabel}
            entities={orgs}
            activeIds={search.org}
            onFilter={(id) => toggle('org', id)}
          />
          <EventSources sources={event.sources} />
          <RelatedEvents catalog={catalog} ids={event.related ?? []} />
        </div>
        {/* On the sheet (below lg), it stays in view at the bottom, so Next can be pressed again
            and again while each event shows from its title; the sheet's scroll padding keeps a
            focused link above it. The side panel starts below the header and runs past the
            window's foot until the page scrolls, so there it stays at the end of the text. */}
        <nav className="mt-5 flex justify-between gap-2 border-t border-slate-200 pt-3 max-lg:sticky max-lg:-bottom-4 max-lg:-mx-4 max-lg:-mb-4 max-lg:bg-white max-lg:px-4 max-lg:pb-4 print:hidden">
          <button
            type="button"
            disabled={previous === null}
            onClick={() => previous !== null && onOpen(previous)}
            aria-label={t.previousEvent}
            className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium disabled:opacity-40"
          >
            ← {t.previous}
          </button>
          <button
            type="button"
            disabled={next === null}
            onClick={() => next !== null && onOpen(next)}
            aria-label={t.nextEvent}
            className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium disabled:opacity-40"
          >
            {t.next} →
          </button>
        </nav>
      </div>
    </aside>
  );
}
