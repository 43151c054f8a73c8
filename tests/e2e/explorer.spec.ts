import { expect, test } from '@playwright/test';
import { event, parseStatus, serveDataset, smallDataset } from './support/fixtures';

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ });

test('opens on the default dataset with its title, the status line and the event list', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI industry');
  const [shown, total] = parseStatus(await status(page).textContent());
  expect(total).toBeGreaterThanOrEqual(120);
  expect(shown).toBe(total);
  const list = page.getByRole('list', { name: 'Events', exact: true });
  await expect(list.getByRole('listitem')).toHaveCount(total);
  await expect(list).toContainText('Igor Babuschkin');
});

test('a dataset with one bad record shows the rest and a notice naming it', async ({ page }) => {
  const data = smallDataset([
    event('first-event', '2020-01-01'),
    event('broken-event', '2025-02-30'),
    event('third-event', '2021-05'),
  ]);
  await serveDataset(page, '/fixtures/one-bad.json', data);
  await page.goto('/?lang=en&data=/fixtures/one-bad.json');
  await expect(status(page)).toHaveText('Showing 2 of 2 events');
  const notice = page.getByText(/records? had (a )?problems?/);
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page.getByText('broken-event', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/left out\): date: is not a real calendar date/)).toBeVisible();
});

test('invalid JSON shows a clear error with Retry, and Retry loads the data once it is fixed', async ({
  page,
}) => {
  let broken = true;
  await page.route(
    (url) => url.pathname === '/fixtures/flaky.json',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: broken
          ? '{"schemaVersion": 1, "title": '
          : JSON.stringify(smallDataset([event('only', '2024')])),
      }),
  );
  await page.goto('/?lang=en&data=/fixtures/flaky.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText('/fixtures/flaky.json');
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
});

test('an HTTP error names the status and offers the default dataset', async ({ page }) => {
  await serveDataset(page, '/fixtures/missing.json', 'nope', 404);
  await page.goto('/?lang=en&data=/fixtures/missing.json');
  await expect(page.getByRole('alert')).toContainText('404');
  await page.getByRole('link', { name: 'Open the default dataset' }).click();
  await expect(status(page)).toBeVisible();
});

test('an unknown event id says not found and the explorer stays usable', async ({ page }) => {
  await page.goto('/events/no-such-event?lang=en');
  await expect(page.getByRole('alert')).toContainText('not found');
  await expect(
    page.getByRole('list', { name: 'Events' }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('dismissing the not-found notice replaces the bad link, so Back does not return to it', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(status(page)).toBeVisible();
  await page.goto('/events/no-such-event?lang=en');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).not.toHaveURL(/no-such-event/);
  await page.goBack();
  await expect(page).not.toHaveURL(/no-such-event/);
});

test('a dataset without events says so, and its timeline shows the present, not 1970', async ({
  page,
}) => {
  const path = await serveDataset(page, '/fixtures/no-events.json', smallDataset([]));
  await page.goto(`/?lang=en&data=${path}`);
  await expect(status(page)).toHaveText('Showing 0 of 0 events');
  await expect(page.getByText('This dataset has no events yet.')).toBeVisible();
  const overviewLabels = page.locator('[data-part="overview"] text');
  await expect(overviewLabels.first()).toBeVisible();
  const labels = (await overviewLabels.allTextContents()).join(' ');
  const year = new Date().getUTCFullYear();
  expect(labels).toMatch(new RegExp(`${year}|${year + 1}`));
  expect(labels).not.toContain('1970');
});

test('the tab title names the open event, in the reader’s language', async ({ page }) => {
  await page.goto('/events/babuschkin-leaves-xai?lang=en');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  const first = await heading.textContent();
  await expect(page).toHaveTitle(`${first} — Timeline Explorer`);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(heading).not.toHaveText(first!);
  await expect(page).toHaveTitle(`${await heading.textContent()} — Timeline Explorer`);
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page).toHaveTitle(/[а-яА-Я].* — Timeline Explorer$/);
  await page.getByRole('button', { name: 'Закрыть описание события' }).click();
  await expect(page).toHaveTitle(/^Индустрия ИИ.* — Timeline Explorer$/);
});

test('a date filter outside the data’s years shows no events and no errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?lang=en&from=2030');
  await expect(status(page)).toHaveText(/Showing 0 of \d+ events/);
  expect(errors).toEqual([]);
});

test('the list scrolls to the open event, and follows the timeline’s keyboard cursor', async ({
  page,
}) => {
  const list = page.getByRole('list', { name: 'Events', exact: true });
  const scroller = list.locator('..');
  const inView = async (row: import('@playwright/test').Locator) => {
    const [outer, inner] = await Promise.all([scroller.boundingBox(), row.boundingBox()]);
    return inner!.y >= outer!.y - 1 && inner!.y + inner!.height <= outer!.y + outer!.height + 1;
  };
  await page.goto('/events/musk-sues-openai?lang=en&group=org');
  const open = list.locator('[aria-current="true"]');
  await expect(open).toHaveCount(1);
  await expect.poll(() => inView(open)).toBe(true);

  await page.getByRole('application', { name: 'Timeline' }).focus();
  await page.keyboard.press('End');
  const last = list.getByRole('listitem').last();
  await expect.poll(() => inView(last)).toBe(true);
});
