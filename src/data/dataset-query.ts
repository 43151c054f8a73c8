import { queryOptions } from '@tanstack/react-query';
import type { LoadPhase } from './download-dataset';
import { loadDataset } from './load-dataset';

type ProgressListener = (progress: LoadPhase) => void;
const progressListeners = new Map<string, Set<ProgressListener>>();

/** Lets a loading screen follow one URL's download without putting progress in the cache. */
export function subscribeToProgress(url: string, listener: ProgressListener): () => void {
  const listeners = progressListeners.get(url) ?? new Set();
  listeners.add(listener);
  progressListeners.set(url, listeners);
  return () => listeners.delete(listener);
}

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) =>
      loadDataset(url, {
        signal,
        onProgress: (progress) =>
          progressListeners.get(url)?.forEach((listener) => listener(progress)),
      }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // The Catalog holds typed arrays and large maps: comparing it deeply would only cost time.
    structuralSharing: false,
    refetchOnWindowFocus: false,
  });
}
