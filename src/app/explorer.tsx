// The explorer screen: header, filters, timeline, event panel, list and status line.
import { useCallback, useMemo, useState } from 'react';
import { foreignHost } from '../data/dataset-url';
import type { LoadedDataset } from '../data/fetch-dataset';
import { EventList } from '../event/event-list';
import { EventPanel } from '../event/event-panel';
import { FilterPanel } from '../filters/filter-panel';
import { useI18n } from '../i18n/i18n-context';
import { resolveText } from '../i18n/resolve-text';
import { Timeline } from '../timeline/timeline';
import type { TimelineExporter } from '../timeline/timeline-props';
import { Header } from './header';
import {
  ForeignDataNotice,
  NotFoundNotice,
  SkippedNotice,
  UnknownPathNotice,
  UrlNotice,
} from './notices';
import { StatusLine } from './status-line';
import { EmbedBar } from './embed-bar';
import { PrintFilters, PrintTimeline } from './print-summary';
import { SkipLinks } from './skip-links';
import { ViewToolbar } from './view-toolbar';
import { useExplorerModel } from './use-explorer-model';
import { dateFilterWindow, useInitialWindow, windowToView } from './view-window';
import { useOpenEventId, useSearchState, useUnknownPath, useViewActions } from './use-view-state';
import { useIgnoredParams } from './use-ignored-params';
import { useImageExports } from './use-image-exports';
import { useDocumentTitle } from './use-document-title';
import { useHistoryWindow } from './use-history-window';
import { useIdleIdIndex } from './use-idle-id-index';

export function Explorer({ dataset, localName }: { dataset: LoadedDataset; localName?: string }) {
  const { catalog, warnings } = dataset;
  const { lang, t } = useI18n();
  // A file opened on this device comes from no site (its "address" is its name).
  const dataHost = localName === undefined ? foreignHost(dataset.url, window.location.href) : null;
  const search = useSearchState();
  const openId = useOpenEventId();
  const unknownPath = useUnknownPath();
  const actions = useViewActions();
  const model = useExplorerModel(catalog, search, openId);
  useIdleIdIndex(catalog);
  const ignored = useIgnoredParams(model.ignored);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(model.openIndex);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const dateWindow = useMemo(
    () => dateFilterWindow(search.from, search.to, catalog.extentMs),
    [search.from, search.to, catalog.extentMs],
  );
  const initialWindow = useInitialWindow(search.view, dateWindow);
  const historyWindow = useHistoryWindow();

  const openEvent = useCallback(
    (index: number) => {
      const event = catalog.events[index];
      if (!event) return;
      setFocusedIndex(index);
      actions.openEvent(event.id);
    },
    [catalog, actions],
  );
  const title = resolveText(catalog.title, lang);
  const openEventRecord = model.openIndex === null ? null : catalog.events[model.openIndex];
  useDocumentTitle(openEventRecord ? resolveText(openEventRecord.title, lang) : title, t.appName);
  const [exporter, setExporter] = useState<TimelineExporter | null>(null);
  const imageExports = useImageExports(exporter, title);
  const openEventIdShown = model.openIndex === null ? undefined : openId;
  const clearFilters = useCallback(
    () =>
      actions.updateSearch({
        q: '',
        kind: [],
        person: [],
        org: [],
        from: undefined,
        to: undefined,
      }),
    [actions],
  );

  return (
    <div className={`flex min-h-screen flex-col ${search.embed ? 'embed' : ''}`}>
      <SkipLinks />
      {search.embed ? (
        <EmbedBar title={title} search={search} openEventId={openEventIdShown} />
      ) : (
        <Header
          title={title}
          query={search.q}
          onQueryChange={(q) => actions.updateSearch({ q })}
          searchPending={model.searchPending}
          onToggleFilters={() => setFiltersOpen((open) => !open)}
          filtersOpen={filtersOpen}
          openEventId={openEventIdShown}
        />
      )}
      <div className="space-y-2 px-3 empty:hidden sm:px-4 print:hidden">
        {dataHost !== null && <ForeignDataNotice host={dataHost} />}
        {ignored.length > 0 && <UrlNotice ignored={ignored} />}
        {unknownPath !== null && (
          <UnknownPathNotice path={unknownPath} onClose={actions.leaveBadLink} />
        )}
        {openId !== undefined && model.openIndex === null && (
          <NotFoundNotice id={openId} onClose={actions.leaveBadLink} />
        )}
        {warnings.length > 0 && <SkippedNotice warnings={warnings} />}
      </div>
      <PrintFilters catalog={catalog} search={search} />
      <div className="flex min-h-0 flex-1 print:flex-col">
        {!search.embed && (
          <FilterPanel
            catalog={catalog}
            search={search}
            filters={model.filters}
            counts={model.facetCounts}
            dateContextIndexes={model.dateContextIndexes}
            onChange={actions.updateSearch}
            onClearAll={clearFilters}
            open={filtersOpen}
            onClose={() => setFiltersOpen(false)}
          />
        )}
        <main
          className="min-w-0 flex-1 space-y-3 p-3 outline-none sm:p-4 print:px-0"
          aria-label={title}
          // Focus lands here when a dismissed notice takes the focused button with it.
          tabIndex={-1}
        >
          <PrintTimeline exporter={exporter} title={title} />
          <div className="print:hidden">
            <Timeline
              catalog={catalog}
              visibleIndexes={model.timelineIndexes}
              highlightMask={model.textMatches?.mask ?? null}
              group={search.group}
              lang={lang}
              openIndex={model.openIndex}
              focusedIndex={focusedIndex}
              onFocusChange={setFocusedIndex}
              onOpen={openEvent}
              onClose={actions.closeEvent}
              initialWindow={initialWindow}
              dateWindow={dateWindow}
              requestedWindow={historyWindow}
              onWindowCommit={(window) => actions.updateSearch({ view: windowToView(window) })}
              onExportReady={setExporter}
            />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <StatusLine shown={model.visibleIndexes.length} total={catalog.events.length} />
            {!search.embed && (
              <div className="print:hidden">
                <ViewToolbar
                  catalog={catalog}
                  indexes={model.visibleIndexes}
                  search={search}
                  openEventId={openEventIdShown}
                  title={title}
                  localData={localName !== undefined}
                  {...imageExports}
                />
              </div>
            )}
          </div>
          <EventList
            catalog={catalog}
            indexes={model.listIndexes}
            openIndex={model.openIndex}
            focusedIndex={focusedIndex}
            onOpen={openEvent}
            onClearFilters={clearFilters}
          />
        </main>
        {model.openIndex !== null && (
          <EventPanel
            catalog={catalog}
            index={model.openIndex}
            visibleIndexes={model.visibleIndexes}
            onOpen={openEvent}
            onClose={actions.closeEvent}
            onFilter={actions.updateSearch}
            search={search}
          />
        )}
      </div>
    </div>
  );
}
