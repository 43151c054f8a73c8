// Which dataset addresses may be loaded: https anywhere, or a path on this site.

export const DEFAULT_DATASET_PATH = 'data/events.json';

/** The default dataset's URL under the app's base path (the app may live in a sub-folder). */
export function defaultDatasetUrl(baseUrl: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${DEFAULT_DATASET_PATH}`;
}

/** The dataset a page shows: `?data=` when given (null if it may not be loaded), else the default. */
export function chooseDatasetUrl(
  data: string | undefined,
  baseUrl: string,
  origin: string,
): string | null {
  return data ? resolveDatasetUrl(data, origin + baseUrl) : defaultDatasetUrl(baseUrl);
}

/** Resolves `?data=` against the page; null when it is not https or same-origin. */
export function resolveDatasetUrl(value: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return null;
  }
  const page = new URL(pageUrl);
  if (url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:'))
    return url.href;
  if (url.protocol === 'https:') return url.href;
  return null;
}

/** The host a dataset was fetched from when that is another site, else null. */
export function foreignHost(datasetUrl: string, pageUrl: string): string | null {
  try {
    const url = new URL(datasetUrl, pageUrl);
    const fetched = (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== '';
    return fetched && url.origin !== new URL(pageUrl).origin ? url.host : null;
  } catch {
    return null;
  }
}
