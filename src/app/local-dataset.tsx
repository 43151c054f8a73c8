// A dataset opened from a file on this device: decoded in memory (it has no address to
// fetch), and shown until another dataset is opened.
import { createContext, useContext, useEffect, useState } from 'react';
import type { DecodeResult } from '../data/decode-result';
import { DatasetLoadError } from '../data/load-error';
import { Explorer } from './explorer';
import { LoadError } from './load-error-view';
import { LoadingView } from './loading-view';

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
  const [decoded, setDecoded] = useState<{ data: LocalData; result: DecodeResult } | null>(null);
  useEffect(() => {
    let cancelled = false;
    // The validator is loaded on demand: the default dataset is decoded in a worker instead.
    void import('../data/decode').then(({ decodeDataset }) => {
      if (!cancelled) setDecoded({ data, result: decodeDataset(data.raw) });
    });
    return () => {
      cancelled = true;
    };
  }, [data]);
  const result = decoded?.data === data ? decoded.result : null;
  if (!result) return <LoadingView url={data.name} />;
  if (!result.ok) {
    return (
      <LoadError
        error={new DatasetLoadError(data.name, { type: 'decode', error: result.error })}
        onRetry={null}
      />
    );
  }
  return <Explorer dataset={{ ...result, url: data.name }} localName={data.name} />;
}
