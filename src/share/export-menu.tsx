// "Export": the filtered events as CSV or dataset JSON, and the timeline as SVG or PNG
// when the timeline provides those. A disclosure with buttons: Tab, Enter and Escape work.
import { useEffect, useId, useRef, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import { resolveText } from '../i18n/resolve-text';
import { buildExportFileName, downloadFile } from './download-file';
import { placeMenuLeftPx } from './place-menu';
import { useShareStrings } from './share-strings';

type ExportData = typeof import('./export-data');

export interface ExportMenuProps {
  catalog: Catalog;
  /** The filtered events, in the order to export them. */
  indexes: ArrayLike<number>;
  onExportSvg?: () => void;
  onExportPng?: () => void;
  /** Which edge of the button the popover lines up with: "end" suits a header's right side. */
  align?: 'start' | 'end';
}

/** The menu's width, w-64. */
const MENU_WIDTH_REM = 16;

const ITEM =
  'block w-full rounded px-3 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 disabled:cursor-wait disabled:opacity-50';

export function ExportMenu({
  catalog,
  indexes,
  onExportSvg,
  onExportPng,
  align = 'end',
}: ExportMenuProps) {
  const s = useShareStrings();
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [menuLeftPx, setMenuLeftPx] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLButtonElement>('[data-export-item]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const run = (action: () => void) => {
    setOpen(false);
    buttonRef.current?.focus();
    action();
  };
  const fileName = (extension: string) =>
    buildExportFileName(resolveText(catalog.title, lang), extension);
  // The exporters (and the CSV library) load on first use: most visits never export. A large
  // file is made a slice at a time, the page staying usable, with the button saying so.
  // One file at a time: the CSV and JSON items wait while one is made.
  const [progress, setProgress] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const preparing = progress === 'preparing';
  const save = (extension: string, makeFile: (data: ExportData) => Promise<Blob>) => {
    setProgress('preparing');
    import('./export-data')
      .then(makeFile)
      .then((file) => {
        downloadFile(fileName(extension), file.type, file);
        setProgress('idle');
      })
      // The exporter's code could not load (offline), or the file could not be made.
      .catch(() => setProgress('failed'));
  };
  const saveCsv = () =>
    save('csv', ({ exportEventsCsvFile }) => exportEventsCsvFile(catalog, indexes));
  const saveJson = () =>
    save('json', ({ exportEventsJsonFile }) => exportEventsJsonFile(catalog, indexes));

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={(event) => {
          const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
          const menuWidthPx = MENU_WIDTH_REM * remPx;
          const rect = event.currentTarget.getBoundingClientRect();
          setMenuLeftPx(placeMenuLeftPx(rect, window.innerWidth, menuWidthPx, align));
          setOpen((value) => !value);
        }}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {preparing ? s.exportPreparing : s.exportLabel}
      </button>
      <div
        id={menuId}
        hidden={!open}
        role="group"
        aria-label={s.exportHeading(indexes.length)}
        style={{ left: menuLeftPx }}
        className="absolute z-40 mt-1 w-64 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-300 bg-white p-1 shadow-lg"
      >
        <p className="px-3 py-1.5 text-xs font-medium text-slate-600" aria-hidden="true">
          {s.exportHeading(indexes.length)}
        </p>
        <button
          type="button"
          data-export-item
          disabled={preparing}
          className={ITEM}
          onClick={() => run(saveCsv)}
        >
          {s.exportCsv}
        </button>
        <button
          type="button"
          data-export-item
          disabled={preparing}
          className={ITEM}
          onClick={() => run(saveJson)}
        >
          {s.exportJson}
        </button>
        {onExportSvg && (
          <button type="button" data-export-item className={ITEM} onClick={() => run(onExportSvg)}>
            {s.exportSvg}
          </button>
        )}
        {onExportPng && (
          <button type="button" data-export-item className={ITEM} onClick={() => run(onExportPng)}>
            {s.exportPng}
          </button>
        )}
      </div>
      {/* The button's own text changes too, but a change of name is not announced. */}
      <p role="status" className={progress === 'failed' ? 'mt-1 text-sm text-red-800' : 'sr-only'}>
        {progress === 'preparing' ? s.exportPreparing : progress === 'failed' ? s.exportFailed : ''}
      </p>
    </div>
  );
}
