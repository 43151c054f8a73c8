// A dataset opened from a file on this device: decoded in memory (it has no address to
// fetch), and shown until another dataset is opened.
import { createContext, useContext, useMemo } from 'react';
import { decodeDataset } from '../data/decode';
import { DatasetLoadError } from '../data/load-error';
import { Explorer } from './explorer';
import { LoadError } from './load-error-view';

export interface LocalData {
  raw: unknown;
  name: string;
}

const OpenLocalDataContext = createContext<(data: LocalData) => void>(() => {});

export const OpenLocalDataProvider = OpenLocalDataContext.Provider;

export function useOpenLocalData(): (data: LocalData) => void {
  return useContext(OpenLocalDataContext);
}

export function LocalDatasetView({ data }: { data: LocalData }) {
  const result = useMemo(() => decodeDataset(data.raw), [data]);
  if (!result.ok) {
    return <LoadError error={new DatasetLoadError(data.name, { type: 'decode', error: result.error })} onRetry={null} />;
  }
  return <Explorer dataset={{ ...result, url: data.name }} localName={data.name} />;
}
