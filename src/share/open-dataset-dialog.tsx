// "Open data": a dataset, CSV or TimelineJS file from an address, the file picker or a
// drop. Files are converted and checked here; the app only hears about data it can load.
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { resolveDatasetUrl } from '../data/dataset-url';
import { MAX_DATASET_BYTES } from '../data/dataset-limits';
import { formatBytes } from '../i18n/format-bytes';
import { useI18n } from '../i18n/i18n-context';
import { ModalDialog } from './modal-dialog';
import { ACCEPTED_FILES, readDataFile, type OpenError } from './prepare-dataset';
import { useShareStrings } from './share-strings';

export interface OpenDatasetDialogProps {
  open: boolean;
  onClose: () => void;
  /** An https URL or a same-origin path, as typed; the dialog closes after calling it. */
  onOpenUrl: (url: string) => void;
  /** A raw dataset that decodes (converted from CSV/TimelineJS when needed); then the dialog closes. */
  onOpenData: (raw: unknown, name: string) => void;
}

export function OpenDatasetDialog({
  open,
  onClose,
  onOpenUrl,
  onOpenData,
}: OpenDatasetDialogProps) {
  const s = useShareStrings();
  const { lang } = useI18n();
  const ids = { url: useId(), urlHint: useId(), file: useId(), fileHint: useId() };
  const [url, setUrl] = useState('');
  const [failure, setFailure] = useState<{ name: string; error: OpenError } | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const readToken = useRef(0);

  const close = () => {
    readToken.current++;
    setFailure(null);
    setReading(null);
    setDragging(false);
    onClose();
  };

  const submitUrl = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (!value || resolveDatasetUrl(value, window.location.href) === null) {
      setFailure({ name: value || s.urlLabel, error: { code: 'bad-url', problems: [] } });
      return;
    }
    onOpenUrl(value);
    close();
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const token = ++readToken.current;
    setFailure(null);
    setReading(file.name);
    const result = await readDataFile(file);
    if (token !== readToken.current) return; // closed or replaced by a newer file meanwhile
    setReading(null);
    if (!result.ok) {
      setFailure({ name: file.name, error: result.error });
      return;
    }
    onOpenData(result.raw, file.name);
    close();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  return (
    <ModalDialog open={open} onClose={close} title={s.openDataTitle}>
      <p className="mb-4 text-sm text-slate-700">{s.openDataIntro}</p>
      <form onSubmit={submitUrl} className="mb-4">
        <label htmlFor={ids.url} className="block text-sm font-medium">
          {s.urlLabel}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={ids.url}
            data-autofocus
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-describedby={ids.urlHint}
            placeholder="https://"
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-1.5 text-base focus-visible:outline-2 focus-visible:outline-blue-700 sm:pointer-fine:text-sm"
          />
          <button
            type="submit"
            className="shrink-0 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            {s.openUrl}
          </button>
        </div>
        <p id={ids.urlHint} className="mt-1 text-xs text-slate-600">
          {s.urlHint}
        </p>
      </form>
      <div
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        className={`rounded-lg border-2 border-dashed p-4 ${dragging ? 'border-blue-700 bg-blue-50' : 'border-slate-300'}`}
      >
        <p className="text-sm font-medium">{s.fileLabel}</p>
        {/* The native button's text follows the browser's language, not the app's, so the
            input is visually hidden and its label is the button. */}
        <input
          id={ids.file}
          type="file"
          accept={ACCEPTED_FILES}
          aria-describedby={ids.fileHint}
          onChange={(event) => {
            void openFile(event.target.files?.[0]);
            event.target.value = ''; // so picking the same file again after fixing it works
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={ids.file}
          className="mt-1 inline-block cursor-pointer rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700"
        >
          {s.chooseFile}
        </label>
        <p className="mt-2 text-sm text-slate-700">{dragging ? s.dropActive : s.dropHint}</p>
        <p id={ids.fileHint} className="mt-1 text-xs text-slate-600">
          {s.fileHint}
        </p>
      </div>
      <p role="status" className={reading ? 'mt-3 text-sm text-slate-700' : ''}>
        {reading ? s.reading(reading) : ''}
      </p>
      {failure && (
        <div
          role="alert"
          className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950"
        >
          <p className="font-medium break-all">{s.cannotOpen(failure.name)}</p>
          <p>
            {failure.error.code === 'too-large'
              ? s.tooLarge(formatBytes(MAX_DATASET_BYTES, lang))
              : s.errors[failure.error.code]}
          </p>
          {failure.error.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5 font-mono text-xs break-all">
              {failure.error.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
