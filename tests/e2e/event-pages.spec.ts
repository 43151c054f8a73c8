// The static event pages, served as a plain static host would serve dist/ (no SPA fallback,
// not Vite's preview server): readable without JavaScript, and booting the explorer on the
// event with it.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static';

// E2E_DIST lets a run check another build than dist/ (e.g. while dist/ is being served).
const DIST = process.env.E2E_DIST ?? 'dist';
const EVENT_ID = 'babuschkin-leaves-xai';
const PAGE = `/events/${EVENT_ID}/`;

let server: StaticServer;
let title: string;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}${PAGE}index.html`)) {
    throw new Error(
      `${DIST}${PAGE}index.html is missing: run \`npm run build\` (the e2e web server runs it).`,
    );
  }
  const dataset = JSON.parse(readFileSync(`${DIST}/data/events.json`, 'utf8'));
  const event = dataset.events.find((candidate: { id: string }) => candidate.id === EVENT_ID);
  title = typeof event.title === 'string' ? event.title : event.title.en;
  server = await startStaticServer({ root: DIST });
});

test.afterAll(async () => {
  await server?.close();
});

test('an event page reads without JavaScript and unfurls with the event title', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${PAGE}`);
  expect(response?.status()).toBe(200);

  await expect(page).toHaveTitle(`${title} — Timeline Explorer`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${PAGE}$`),
  );
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Memphis supercluster', { exact: false })).toBeVisible();
  const source = page.getByRole('list').first().getByRole('link').first();
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('href', /^https:\/\//);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(jsonLd).toMatchObject({ '@type': 'Event', name: title, startDate: '2025-08-13' });
  await context.close();
});

test('with JavaScript the explorer boots on that event', async ({ page }) => {
  await page.goto(`${server.url}${PAGE}`);
  await expect(
    page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ }),
  ).toBeVisible();
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel.getByRole('heading', { name: title })).toBeVisible();
  // The static copy is gone: React replaced it.
  await expect(page.getByRole('link', { name: /^Timeline Explorer: / })).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe(PAGE);
});

test('a link without the trailing slash and an unknown event still open the app', async ({
  page,
}) => {
  await page.goto(`${server.url}/events/${EVENT_ID}?lang=ru`);
  expect(new URL(page.url()).pathname).toBe(PAGE);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText(
    'Бабушкин',
  );

  const missing = await page.goto(`${server.url}/events/no-such-event/`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('not found');
});

test('the sitemap lists the event pages', async ({ request }) => {
  const sitemap = await (await request.get(`${server.url}/sitemap.xml`)).text();
  expect(sitemap).toContain(`${PAGE}</loc>`);
});
