import { useEffect, useState } from 'react';
import { subscribeToProgress } from '../data/dataset-query';
import type { LoadPhase } from '../data/download-dataset';
import { useI18n } from '../i18n/i18n-context';
import { formatBytes } from '../i18n/format-bytes';

export function LoadingView({ url }: { url: string }) {
  const { t, lang } = useI18n();
  const [progress, setProgress] = useState<LoadPhase | null>(null);
  useEffect(() => subscribeToProgress(url, setProgress), [url]);

  let label = t.loading;
  let value: number | undefined;
  if (progress?.phase === 'downloading' && progress.totalBytes) {
    label = t.loadingBytes(
      formatBytes(progress.readBytes, lang),
      formatBytes(progress.totalBytes, lang),
    );
    value = progress.readBytes / progress.totalBytes;
  } else if (progress?.phase === 'validating') label = t.validating;
  else if (progress?.phase === 'indexing') label = t.indexing;

  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm text-center" role="status" aria-live="polite">
        <p className="mb-3 text-slate-700">{label}</p>
        <progress className="h-2 w-full" max={1} value={value} aria-label={label} />
      </div>
    </main>
  );
}
