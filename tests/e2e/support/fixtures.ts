// Datasets served to the app through ?data= by intercepting the request, so e2e tests can
// open broken or tiny datasets without a second server.
import type { Page } from '@playwright/test';

export async function serveDataset(
  page: Page,
  path: string,
  body: string | object,
  status = 200,
): Promise<string> {
  await page.route(
    (url) => url.pathname === path,
    (route) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  );
  return path;
}

export { tinyDataset as smallDataset, tinyEvent as event } from '../../fixtures/tiny-dataset';

/** "Showing N of M events" -> [N, M]. */
export function parseStatus(text: string | null): [number, number] {
  const match = /Showing (\d+) of (\d+) events/.exec(text ?? '');
  if (!match) throw new Error(`unexpected status line: ${text}`);
  return [Number(match[1]), Number(match[2])];
}
