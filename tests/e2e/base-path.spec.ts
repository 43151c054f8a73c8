// The app hosted in a sub-folder (DESIGN.md: "works under any base path"): a build made with
// `vite build --base /timeline/`, served by a plain static host under that folder only, so any
// address that forgets the base (a script, the dataset, the worker, a link) fails here.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static';

const BASE = '/timeline/';
const EVENT_ID = 'babuschkin-leaves-xai';

let outDir: string;
let server: StaticServer;
let failedRequests: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'timeline-base-'));
  await build({ base: BASE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  execFileSync('npx', ['tsx', 'scripts/build-event-pages.ts', '--dist', outDir], {
    stdio: 'ignore',
  });
  server = await startStaticServer({ root: outDir, base: BASE });
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test.beforeEach(({ page }) => {
  failedRequests = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
});

const statusLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ });

test('under a sub-folder the explorer loads its data, and links keep the folder', async ({
  page,
}) => {
  await page.goto(`${server.url}${BASE}?lang=en`);
  await expect(statusLine(page)).toBeVisible();
  const [, shown, total] = /Showing (\d+) of (\d+)/.exec((await statusLine(page).textContent())!)!;
  expect(Number(shown)).toBeGreaterThan(100);
  expect(shown).toBe(total);

  await page.getByRole('list', { name: 'Events', exact: true }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}${BASE}events/[a-z0-9-]+`));
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();

  await page.goto(`${server.url}${BASE}?lang=en&person=igor-babuschkin`);
  await expect(statusLine(page)).toContainText(/Showing \d+ of/);
  expect(failedRequests).toEqual([]);
});

test('under a sub-folder a shared event link opens that event, also after a reload', async ({
  page,
}) => {
  await page.goto(`${server.url}${BASE}events/${EVENT_ID}/?lang=en`);
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toContainText('Igor Babuschkin leaves xAI');
  await page.reload();
  await expect(heading).toContainText('Igor Babuschkin leaves xAI');
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}events/${EVENT_ID}/?$`));
  expect(failedRequests).toEqual([]);
});
