import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { datasetQueryOptions } from './data/dataset-query';
import { chooseDatasetUrl } from './data/dataset-url';
import { parseSearch } from './url/parse-search';
import './styles.css';

const queryClient = new QueryClient();

// Start loading the dataset now, while React boots: the shell asks for the same query.
const { state } = parseSearch(Object.fromEntries(new URLSearchParams(window.location.search)));
const datasetUrl = chooseDatasetUrl(state.data, import.meta.env.BASE_URL, window.location.origin);
if (datasetUrl) void queryClient.prefetchQuery(datasetQueryOptions(datasetUrl));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
