// A dataset big enough to travel in several batches: the page rebuilds the records from its own
// parse of the file and the worker's plan, so every event must still show its own record,
// including the ones validation repaired, and a dropped one must be gone.
import { expect, test } from '@playwright/test';
import { generateDataset } from '../../src/data/synthetic-dataset';

const EVENTS = 6500;
const dataset = generateDataset({ events: EVENTS, seed: 11 });
// One record of each kind of change, in different batches of 2,000.
const repaired = dataset.events[2500]!;
Object.assign(repaired, { people: [...(repaired.people ?? []), 'nobody-we-know'] });
const stripped = dataset.events[4100]!;
Object.assign(stripped, { unknownField: '<img src=x onerror="window.__pwned=1">' });
const dropped = dataset.events[10]!;
Object.assign(dropped, { date: '2021-02-30' });
const body = JSON.stringify(dataset);
const path = '/fixtures/large.json';

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ contentType: 'application/json', body }),
  );
});

const titleOf = (event: { title: string | { en: string } }) =>
  typeof event.title === 'string' ? event.title : event.title.en;

test('thousands of events load in batches, each with its own record', async ({ page }) => {
  await page.goto(`/events/${repaired.id}?lang=en&data=${path}`);
  const total = EVENTS - 1;
  await expect(
    page.getByRole('status').filter({ hasText: `Showing ${total} of ${total} events` }),
  ).toBeVisible({
    timeout: 20_000,
  });
  // The repaired record: its own title, with the unknown person left out.
  await expect(page.getByRole('heading', { level: 2, name: titleOf(repaired) })).toBeVisible();
  // Another record, from a later batch, one that validation only stripped.
  await page.goto(`/events/${stripped.id}?lang=en&data=${path}`);
  await expect(page.getByRole('heading', { level: 2, name: titleOf(stripped) })).toBeVisible({
    timeout: 20_000,
  });
  // And one untouched record from the last batch.
  const last = dataset.events[EVENTS - 1]!;
  await page.goto(`/events/${last.id}?lang=en&data=${path}`);
  await expect(page.getByRole('heading', { level: 2, name: titleOf(last) })).toBeVisible({
    timeout: 20_000,
  });
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('the dropped record is reported and its link says so', async ({ page }) => {
  await page.goto(`/events/${dropped.id}?lang=en&data=${path}`);
  await expect(page.getByText(/not found/i).first()).toBeVisible({ timeout: 20_000 });
  const warnings = page.getByText(/records? had (a )?problems?/);
  await warnings.first().click();
  await expect(page.getByText(dropped.id).first()).toBeAttached();
});
