// Datasets served to the app through ?data= by intercepting the request, so e2e tests can
// open broken or tiny datasets without a second server.
import type { Page } from '@playwright/test';

export async function serveDataset(page: Page, path: string, body: string | object, status = 200): Promise<string> {
  await page.route((url) => url.pathname === path, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return path;
}

export function smallDataset(events: object[]) {
  return {
    schemaVersion: 1,
    title: { en: 'Test dataset', ru: 'Тестовый набор' },
    languages: ['en', 'ru'],
    kinds: [
      { id: 'founding', label: { en: 'Founding', ru: 'Основание' } },
      { id: 'launch', label: { en: 'Launch', ru: 'Запуск' } },
    ],
    people: [{ id: 'ada', name: 'Ada Lovelace' }],
    organizations: [{ id: 'acme', name: 'Acme' }],
    events,
  };
}

export function event(id: string, date: string, extra: object = {}) {
  return {
    id,
    date,
    kind: 'launch',
    title: { en: `Event ${id}`, ru: `Событие ${id}` },
    sources: [{ url: 'https://example.com/report', title: 'Report', publisher: 'Example', date }],
    ...extra,
  };
}

/** "Showing N of M events" -> [N, M]. */
export function parseStatus(text: string | null): [number, number] {
  const match = /Showing (\d+) of (\d+) events/.exec(text ?? '');
  if (!match) throw new Error(`unexpected status line: ${text}`);
  return [Number(match[1]), Number(match[2])];
}
