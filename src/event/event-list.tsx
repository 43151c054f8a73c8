// The list view: every filtered event, reachable without the timeline. Large lists are
// windowed (only the rows in view are in the DOM); the status line then carries the count.
import { Link } from '@tanstack/react-router';
import { memo, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { refocusIfLost } from '../lib/refocus-if-lost';
import { usePrinting } from '../lib/use-printing';
import { useI18n } from '../i18n/i18n-context';
import { formatDateRange, formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import type { SearchState } from '../url/search-state';
import { KindBadge } from './kind-badge';
import { OPENS_PANEL_ATTRIBUTE } from './use-panel-focus';

const WINDOW_THRESHOLD = 400;
/** The most rows a printout lists; the rest are counted. */
const PRINT_ROW_LIMIT = 1000;
/** Opening an event keeps the filters: one function for every row, so rows can be memoized. */
const keepSearch = (previous: unknown) => previous as SearchState;
const ROW_PX = 64;
const OVERSCAN_ROWS = 8;

interface EventListProps {
  catalog: Catalog;
  indexes: Uint32Array;
  openIndex: number | null;
  focusedIndex: number | null;
  onOpen: (index: number) => void;
  onClearFilters: () => void;
}

export function EventList({
  catalog,
  indexes,
  openIndex,
  focusedIndex,
  onOpen,
  onClearFilters,
}: EventListProps) {
  const { t, lang } = useI18n();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(480);
  // A printout has no scrolling: it lists the rows in full, up to a limit, instead of a window.
  const printing = usePrinting();
  const windowed = indexes.length > WINDOW_THRESHOLD && !printing;
  /** The event whose row has keyboard focus, if any. */
  const [heldRow, setHeldRow] = useState<number | null>(null);

  // Keep the list in step with the timeline's keyboard cursor, scrolling only the list itself.
  useEffect(() => {
    const scroller = scrollerRef.current;
    const target = focusedIndex ?? openIndex;
    if (!scroller || target === null) return;
    const position = indexes.indexOf(target);
    if (position < 0) return;
    const row = windowed ? null : scroller.querySelector<HTMLElement>(`[data-index="${target}"]`);
    // Measured on screen: offsetTop depends on which ancestor is positioned.
    const top = row
      ? row.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
      : position * ROW_PX;
    const height = row ? row.offsetHeight : ROW_PX;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + height > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + height - scroller.clientHeight;
  }, [focusedIndex, openIndex, indexes, windowed]);

  if (indexes.length === 0) {
    return (
      <section
        id="event-list"
        aria-labelledby="event-list-heading"
        className="rounded-lg border border-slate-200 bg-white p-6 text-center"
      >
        <h2 id="event-list-heading" className="sr-only">
          {t.listHeading}
        </h2>
        <p className="text-slate-700">
          {catalog.events.length === 0 ? t.emptyDataset(catalog.skippedEvents) : t.noMatches}
        </p>
        {catalog.events.length > 0 && (
          <button
            type="button"
            onClick={() => {
              onClearFilters();
              // The button goes with the empty state: the list that replaces it gets focus.
              refocusIfLost(() => document.getElementById('event-list-heading'));
            }}
            className="mt-3 rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-900 print:hidden"
          >
            {t.clearFilters}
          </button>
        )}
      </section>
    );
  }

  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN_ROWS) : 0;
  const last = windowed
    ? Math.min(indexes.length, Math.ceil((scrollTop + viewportPx) / ROW_PX) + OVERSCAN_ROWS)
    : Math.min(indexes.length, printing ? PRINT_ROW_LIMIT : Infinity);
  const positions = Array.from({ length: last - first }, (_, offset) => first + offset);
  // A windowed row that has keyboard focus stays in the page when it scrolls out of view
  // (End in the list): removing it would drop focus to the top of the page.
  const heldPosition = windowed && heldRow !== null ? indexes.indexOf(heldRow) : -1;
  if (heldPosition >= 0 && (heldPosition < first || heldPosition >= last)) {
    positions.push(heldPosition);
    positions.sort((a, b) => a - b);
  }

  return (
    <section
      id="event-list"
      aria-labelledby="event-list-heading"
      className="rounded-lg border border-slate-200 bg-white"
    >
      <h2
        id="event-list-heading"
        tabIndex={-1}
        className="border-b border-slate-200 px-3 py-2 text-base font-semibold outline-none"
      >
        {t.listHeading}
      </h2>
      <div
        ref={scrollerRef}
        className="relative max-h-[28rem] overflow-auto print:max-h-none print:overflow-visible"
        onScroll={(event) => {
          setScrollTop(event.currentTarget.scrollTop);
          setViewportPx(event.currentTarget.clientHeight);
        }}
      >
        <ul
          aria-label={t.listLabel}
          style={windowed ? { height: indexes.length * ROW_PX, position: 'relative' } : undefined}
          onFocus={(event) => {
            const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
            setHeldRow(row ? Number(row.dataset.index) : null);
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeldRow(null);
          }}
        >
          {positions.map((position) => {
            const index = indexes[position]!;
            return (
              <EventRow
                key={index}
                catalog={catalog}
                index={index}
                open={index === openIndex}
                focused={index === focusedIndex}
                onOpen={onOpen}
                position={windowed ? position : undefined}
                total={windowed ? indexes.length : undefined}
              />
            );
          })}
        </ul>
        {last < indexes.length && !windowed && (
          <p className="px-3 py-2 text-sm text-slate-700">
            {t.printedRowsLimit(formatNumber(indexes.length - last, lang))}
          </p>
        )}
      </div>
    </section>
  );
}

interface EventRowProps {
  catalog: Catalog;
  index: number;
  open: boolean;
  focused: boolean;
  onOpen: (index: number) => void;
  /** In a windowed list: the row's place in the whole list (from 0) and the list's length. */
  position: number | undefined;
  total: number | undefined;
}

/** Only the props above matter: a row re-renders when it moves, opens or gains focus. */
const EventRow = memo(function EventRow({
  catalog,
  index,
  open,
  focused,
  onOpen,
  position,
  total,
}: EventRowProps) {
  const { lang } = useI18n();
  const event = catalog.events[index]!;
  const style: React.CSSProperties | undefined =
    position === undefined
      ? undefined
      : { position: 'absolute', top: position * ROW_PX, height: ROW_PX, left: 0, right: 0 };
  return (
    <li
      data-index={index}
      style={style}
      aria-setsize={total}
      aria-posinset={position === undefined ? undefined : position + 1}
      // Unwindowed, every row is in the DOM but few are in view: the browser skips laying out
      // the rest (they stay in the accessibility tree), so a filter change relayouts only those.
      className={`border-b border-slate-100 last:border-b-0 ${position === undefined ? '[contain-intrinsic-size:auto_64px] [content-visibility:auto] print:[content-visibility:visible]' : ''} ${open ? 'bg-blue-50' : focused ? 'bg-slate-100' : ''}`}
    >
      <Link
        to="/events/$eventId"
        params={{ eventId: event.id }}
        search={keepSearch}
        resetScroll={false}
        aria-current={open ? 'true' : undefined}
        {...{ [OPENS_PANEL_ATTRIBUTE]: '' }}
        onClick={(clickEvent) => {
          if (clickEvent.metaKey || clickEvent.ctrlKey || clickEvent.shiftKey) return;
          clickEvent.preventDefault();
          onOpen(index);
        }}
        // A row skips painting outside itself (content-visibility) and the windowed list
        // clips its sides, so the focus ring goes inside the row.
        className="flex h-full flex-col justify-center px-3 py-2 hover:bg-slate-50 focus-visible:outline-offset-[-3px]"
      >
        <span className="flex flex-wrap items-center gap-x-3 text-xs text-slate-700">
          <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, lang)}</time>
          <KindBadge catalog={catalog} kindIndex={catalog.kindIndex[index]!} lang={lang} />
        </span>
        <span className="truncate font-medium text-slate-900">
          {resolveText(event.title, lang)}
        </span>
      </Link>
    </li>
  );
});
