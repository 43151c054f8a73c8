// A link with values the app cannot use opens the explorer anyway, says what it ignored, and
// acts as if those values were not there.
import { expect, test, type Page } from '@playwright/test';
import { parseStatus } from './support/fixtures';

const status = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ });
const notice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Some link settings were not understood' });

test('an unknown language opens the explorer in the browser language, with a notice', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/events/babuschkin-leaves-xai?lang=de');
  await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(notice(page)).toContainText('lang=de');
  expect(errors).toEqual([]);
});

test('bad dates, lanes and views are ignored and named, not applied', async ({ page }) => {
  await page.goto('/?lang=en&from=2025-02-30&group=zzz&view=2025..2010&embed=2');
  const [shown, total] = parseStatus(await status(page).textContent());
  expect(shown).toBe(total);
  await expect(page.getByRole('button', { name: /Remove filter: From/ })).toHaveCount(0);
  for (const part of ['from=2025-02-30', 'group=zzz', 'view=2025..2010', 'embed=2']) {
    await expect(notice(page)).toContainText(part);
  }
  await expect(page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('kind');
});

test('a date range that ends before it starts keeps the start and drops the end', async ({
  page,
}) => {
  await page.goto('/?lang=en&from=2024&to=2020');
  await expect(page.getByRole('button', { name: 'Remove filter: From 2024' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove filter: To/ })).toHaveCount(0);
  const [shown] = parseStatus(await status(page).textContent());
  expect(shown).toBeGreaterThan(0);
  await expect(notice(page)).toContainText('to=2020');
});

test('an address that names no page says so, keeps its settings, and Dismiss leaves it', async ({
  page,
}) => {
  await page.goto('/no/such/page?lang=en&q=grok');
  const notice = page.getByRole('alert').filter({ hasText: 'There is no page at' });
  await expect(notice).toContainText('“/no/such/page”');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('grok');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('q')).toBe('grok');
});

test('the explorer and event addresses raise no such notice', async ({ page }) => {
  for (const path of ['/?lang=en', '/index.html?lang=en', '/events/xai-founded?lang=en']) {
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: /Showing/ })).toBeVisible();
    await expect(page.getByText('There is no page at')).toHaveCount(0);
  }
});
