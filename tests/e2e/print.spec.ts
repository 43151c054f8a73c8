// Printing: the reading without the controls. Browsers lay the page out again for paper and
// fire beforeprint first; the test does the same by hand, then switches to print media.
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/data/synthetic-dataset';
import { serveDataset } from './support/fixtures';

async function printLayout(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

test('a printout has the title, the filters as text, the open event, a picture of the timeline and every row', async ({
  page,
}) => {
  await page.goto('/events/babuschkin-leaves-xai?lang=en&kind=departure');
  const status = page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ });
  await expect(status).toBeVisible();
  const shown = Number(/Showing (\d+)/.exec((await status.textContent())!)![1]);
  const controls = [
    page.getByRole('searchbox', { name: 'Search events' }),
    page.getByRole('button', { name: 'Share' }),
    page.getByRole('complementary', { name: 'Filters' }),
    page.getByRole('application', { name: 'Timeline' }),
    page.getByRole('button', { name: 'Export' }),
  ];
  for (const control of controls) await expect(control).toBeVisible();
  await printLayout(page);

  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.getByText('Active filters: Departure')).toBeVisible();
  const picture = page.getByRole('img', { name: /The AI industry/ });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
    0,
  );

  const event = page.getByRole('complementary', { name: /Igor Babuschkin leaves xAI/ });
  await expect(event).toBeVisible();
  expect(await event.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  await expect(event.getByRole('button', { name: 'Close event details' })).toBeHidden();
  const rows = page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem');
  await expect(rows).toHaveCount(shown);
});

test('a long list prints its first thousand rows, not a scrolling window, and counts the rest', async ({
  page,
}) => {
  const path = await serveDataset(
    page,
    '/fixtures/print.json',
    generateDataset({ events: 1200, seed: 5 }),
  );
  await page.goto(`/?lang=en&data=${path}`);
  await expect(page.getByRole('status').filter({ hasText: /Showing 1,?200 of/ })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem');
  expect(await rows.count()).toBeLessThan(100);
  await printLayout(page);
  await expect(rows).toHaveCount(1000);
  await expect(
    page.getByText('…and 200 more events. Export the list as CSV to see them all.'),
  ).toBeVisible();
});
