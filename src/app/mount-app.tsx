import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { datasetQueryOptions } from '../data/dataset-query';
import { App } from './app';

/** Renders the app into `root`; the dataset query starts at once (it adopts the entry's preload). */
export function mountApp(root: HTMLElement, datasetUrl: string | null): void {
  const queryClient = new QueryClient();
  if (datasetUrl) void queryClient.prefetchQuery(datasetQueryOptions(datasetUrl));
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
