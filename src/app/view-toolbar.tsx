// Actions on the current view: open other data, export what is shown, embed it elsewhere.
import { lazy, Suspense, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { ExportMenu } from '../share/export-menu';
import { useShareStrings } from '../share/share-strings';
import type { SearchState } from '../url/search-state';
import { useOpenLocalData } from './local-dataset';
import { useViewActions } from './use-view-state';

interface ViewToolbarProps {
  catalog: Catalog;
  indexes: Uint32Array;
  search: SearchState;
  openEventId: string | undefined;
  title: string;
  localData: boolean;
  onExportSvg?: () => void;
  onExportPng?: () => void;
}

// The dialogs (and the CSV and TimelineJS converters behind them) load when first opened.
const OpenDatasetDialog = lazy(() =>
  import('../share/open-dataset-dialog').then((module) => ({ default: module.OpenDatasetDialog })),
);
const EmbedDialog = lazy(() =>
  import('../share/embed-dialog').then((module) => ({ default: module.EmbedDialog })),
);

const BUTTON =
  'rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

export function ViewToolbar({
  catalog,
  indexes,
  search,
  openEventId,
  title,
  localData,
  onExportSvg,
  onExportPng,
}: ViewToolbarProps) {
  const strings = useShareStrings();
  const actions = useViewActions();
  const openLocalData = useOpenLocalData();
  const [dialog, setDialog] = useState<'open' | 'embed' | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={BUTTON}
        onClick={() => setDialog('open')}
        aria-haspopup="dialog"
      >
        {strings.openData}
      </button>
      <ExportMenu
        catalog={catalog}
        indexes={indexes}
        align="end"
        onExportSvg={onExportSvg}
        onExportPng={onExportPng}
      />
      <button
        type="button"
        className={BUTTON}
        onClick={() => setDialog('embed')}
        aria-haspopup="dialog"
      >
        {strings.embed}
      </button>
      <Suspense fallback={null}>
        {dialog === 'open' && (
          <OpenDatasetDialog
            open
            onClose={() => setDialog(null)}
            onOpenUrl={(url) => actions.openDataset(url, { replace: false })}
            onOpenData={(raw, name) => {
              actions.openDataset(search.data, { replace: true });
              openLocalData({ raw, name });
            }}
          />
        )}
        {dialog === 'embed' && (
          <EmbedDialog
            open
            onClose={() => setDialog(null)}
            title={title}
            search={search}
            openEventId={openEventId}
            localData={localData}
          />
        )}
      </Suspense>
    </div>
  );
}
