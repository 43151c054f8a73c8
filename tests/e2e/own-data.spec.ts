// Your own data (issue 8 §2, §4): CSV and TimelineJS through the file picker and ?data=,
// clear errors, and exports that load back. Needs the Open data / Export wiring in the app.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveDataset, parseStatus } from './support/fixtures';

const CSV = readFileSync('tests/unit/import/fixtures/ten-events.csv', 'utf8');
const TIMELINEJS = readFileSync('tests/unit/import/fixtures/timelinejs-sample.json', 'utf8');

async function openFile(page: Page, name: string, mimeType: string, content: string) {
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog
    .getByLabel('Choose a file…')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  return dialog;
}

test('a CSV of ten events opens through the file picker', async ({ page }) => {
  await page.goto('./');
  await openFile(page, 'ten-events.csv', 'text/csv', CSV);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 10 of 10 events' }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(
    page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem'),
  ).toHaveCount(10);
});

// The page's Content-Security-Policy has no 'unsafe-eval'; checking a file on the page must
// not try it (a report-uri would collect one report per file opened).
test('opening a file breaks none of the page’s security policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto('./');
  await openFile(page, 'ten-events.csv', 'text/csv', CSV);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 10 of 10 events' }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test('a TimelineJS file opens through the file picker, as plain text', async ({ page }) => {
  await page.goto('./');
  await openFile(page, 'story.json', 'application/json', TIMELINEJS);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 of 4 events' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A short history of AI labs');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('CSV and TimelineJS open through ?data=', async ({ page }) => {
  await serveDataset(page, '/own/ten-events.csv', CSV);
  await page.goto('./?data=/own/ten-events.csv');
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 10 of 10 events' }),
  ).toBeVisible();
  await serveDataset(page, '/own/story.json', TIMELINEJS);
  await page.goto('./?data=/own/story.json');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 of 4 events' })).toBeVisible();
});

test('a bad file is explained in the dialog and the current data stays', async ({ page }) => {
  await page.goto('./');
  const before = await page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .textContent();
  const dialog = await openFile(page, 'people.csv', 'text/csv', 'name,when\nAda,1843\n');
  await expect(dialog.getByRole('alert')).toContainText('The CSV file lacks required columns.');
  await expect(dialog.getByRole('alert')).toContainText('missing: date, title');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(before ?? '');
});

test('exported JSON loads back with the same events; exported CSV has the import columns', async ({
  page,
}) => {
  await page.goto('./?kind=departure');
  const [shown] = parseStatus(
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing/ })
      .textContent(),
  );
  await page.getByRole('button', { name: 'Export' }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Events as JSON (dataset)' }).click(),
  ]);
  const jsonText = readFileSync(await json.path(), 'utf8');
  await page.getByRole('button', { name: 'Export' }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Events as CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(
    readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0],
  ).toBe(
    'id,date,end_date,kind,title,title_ru,summary,summary_ru,people,organizations,tags,source_url,source_title,source_publisher,source_date,importance',
  );

  await page.goto('./');
  await openFile(page, json.suggestedFilename(), 'application/json', jsonText);
  await expect(
    page.getByRole('status').filter({ hasText: `Showing ${shown} of ${shown} events` }),
  ).toBeVisible();
});

test('another dataset opens from its start, and Back returns to the view before', async ({
  page,
}) => {
  await serveDataset(page, '/own/ten-events.csv', CSV);
  await page.goto('/events/babuschkin-leaves-xai?lang=en&kind=departure');
  await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog.getByLabel('Address of a file').fill('/own/ten-events.csv');
  await dialog.getByRole('button', { name: 'Open address' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 10 of 10 events' }),
  ).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.getByText(/not found/)).toHaveCount(0);

  await page.goBack();
  await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
  await expect(page).toHaveURL(/kind=departure/);
});

test('a file from the device opens without the previous event or filters', async ({ page }) => {
  await page.goto('/events/babuschkin-leaves-xai?lang=en&kind=departure');
  await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
  await openFile(page, 'ten-events.csv', 'text/csv', CSV);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 10 of 10 events' }),
  ).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
});
