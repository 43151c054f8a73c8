// The page frame: language, which dataset to load, and the loading / error / explorer states.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { datasetQueryOptions } from '../data/dataset-query';
import { chooseDatasetUrl } from '../data/dataset-url';
import { DatasetLoadError } from '../data/load-error';
import { I18nProvider } from '../i18n/i18n-context';
import { ErrorBoundary } from './error-boundary';
import { Explorer } from './explorer';
import { LocalDatasetView, OpenLocalDataProvider, type LocalData } from './local-dataset';
import { LoadError } from './load-error-view';
import { LoadingView } from './loading-view';
import { useUiLanguage } from './use-ui-language';
import { useSearchState } from './use-view-state';

export function Shell() {
  const search = useSearchState();
  const lang = useUiLanguage(search.lang);
  const base = import.meta.env.BASE_URL;
  const datasetUrl = chooseDatasetUrl(search.data, base, window.location.origin);
  // A file opened from this device has no address; it stays until another dataset is chosen.
  const [local, setLocal] = useState<{ data: LocalData; forDataParam: string | undefined } | null>(
    null,
  );
  const localData = local && local.forDataParam === search.data ? local.data : null;
  return (
    <I18nProvider lang={lang}>
      <ErrorBoundary>
        <OpenLocalDataProvider value={(data) => setLocal({ data, forDataParam: search.data })}>
          {localData ? (
            <LocalDatasetView data={localData} />
          ) : datasetUrl === null ? (
            <LoadError
              error={new DatasetLoadError(search.data ?? '', { type: 'bad-url' })}
              onRetry={null}
            />
          ) : (
            <DatasetView url={datasetUrl} />
          )}
        </OpenLocalDataProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}

function DatasetView({ url }: { url: string }) {
  const query = useQuery(datasetQueryOptions(url));
  if (query.isPending) return <LoadingView url={url} />;
  if (query.isError) {
    return (
      <LoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <Explorer dataset={query.data} />;
}
