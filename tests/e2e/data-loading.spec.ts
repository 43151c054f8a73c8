// Loading datasets that are partly or wholly wrong: the page says what happened in words a
// reader can act on, and keeps whatever can be kept.
import { expect, test } from '@playwright/test';
import { event, serveDataset, smallDataset } from './support/fixtures';

const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /^Showing/ });

test('an address that returns the site’s own page is called a web page, in both languages', async ({
  page,
}) => {
  await page.goto('/?lang=en&data=/index.html');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This is a web page (HTML), not a dataset');
  await expect(alert).not.toContainText('CSV');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('alert')).toContainText('Это веб-страница (HTML), а не набор данных');
});

test('a dataset saved as UTF-16 is named for its encoding, in the reader’s language', async ({
  page,
}) => {
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(JSON.stringify(smallDataset([event('one', '2020')])), 'utf16le'),
  ]);
  await page.route(
    (url) => url.pathname === '/fixtures/utf16.json',
    (route) => route.fulfill({ contentType: 'application/json', body: utf16 }),
  );
  await page.goto('/?lang=ru&data=/fixtures/utf16.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Файл сохранён в кодировке UTF-16');
  await expect(alert).not.toContainText('JSON');
  await expect(alert.getByRole('list')).toHaveCount(0);
});

test('a dataset saved as Windows-1251 is named for it, though its JSON still parses', async ({
  page,
}) => {
  // Russian letters are one byte each in Windows-1251 (А-я at 0xC0-0xFF), none of them UTF-8.
  const text = JSON.stringify({ ...smallDataset([event('one', '2020')]), title: 'Запуски' });
  const bytes = Buffer.from(
    Array.from(text, (char) =>
      char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x410 + 0xc0 : char.charCodeAt(0),
    ),
  );
  await page.route(
    (url) => url.pathname === '/fixtures/cp1251.json',
    (route) => route.fulfill({ contentType: 'application/json', body: bytes }),
  );
  await page.goto('/?lang=en&data=/fixtures/cp1251.json');
  await expect(page.getByRole('alert')).toContainText('The file is not UTF-8 text');
});

test('a UTF-8 dataset that quotes “\uFFFD” near its start loads, the character shown', async ({
  page,
}) => {
  const dataset = { ...smallDataset([event('one', '2020')]), title: 'Scraped: caf\uFFFD news' };
  const path = await serveDataset(page, '/fixtures/quotes-fffd.json', dataset);
  await page.goto(`/?lang=en&data=${path}`);
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scraped: caf\uFFFD news');
});

test('events from another site say where they come from, in both languages', async ({ page }) => {
  await page.route('https://data.example/events.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(smallDataset([event('one', '2020')])),
    }),
  );
  await page.goto('/?lang=en&q=one&data=https://data.example/events.json');
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
  const notice = page.locator('[data-part="foreign-data"]');
  await expect(notice).toHaveText(
    'These events come from data.example, not from this site. Open the default dataset',
  );
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(notice).toContainText('Эти события загружены с data.example');
  await notice.getByRole('link').click();
  await expect(page).toHaveURL((url) => !url.searchParams.has('data'));
  expect(new URL(page.url()).searchParams.get('q')).toBe('one');
  await expect(notice).toHaveCount(0);
});

test('a dataset from this site carries no such notice', async ({ page }) => {
  const path = await serveDataset(page, '/fixtures/own.json', smallDataset([event('one', '2020')]));
  await page.goto(`/?lang=en&data=${path}`);
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
  await expect(page.locator('[data-part="foreign-data"]')).toHaveCount(0);
});

test('when every event is left out, the list says so instead of “no events yet”', async ({
  page,
}) => {
  const events = [event('one', '2020'), event('two', '2021'), event('three', '2022')];
  const path = await serveDataset(
    page,
    '/fixtures/no-kinds.json',
    smallDataset(events, { kinds: [] }),
  );
  await page.goto(`/?lang=en&data=${path}`);
  await expect(status(page)).toHaveText('Showing 0 of 0 events');
  await expect(
    page.getByText('All 3 events in this dataset were left out because of problems.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText('This dataset has no events yet.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByText(/Все события набора \(3\) пропущены из-за ошибок/)).toBeVisible();
});

test('an organization with a bad link keeps its events; only the link is left out', async ({
  page,
}) => {
  const dataset = smallDataset([event('deal', '2020', { organizations: ['acme'] })], {
    organizations: [{ id: 'acme', name: 'Acme', url: 'www.acme.example' }],
  });
  const path = await serveDataset(page, '/fixtures/bad-org-url.json', dataset);
  await page.goto(`/events/deal?lang=en&data=${path}`);
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
  await expect(page.getByRole('complementary', { name: 'Event deal' })).toContainText('Acme');
  await page.getByText('1 record had a problem').click();
  await expect(page.getByText(/url: must be an http\(s\) URL/)).toBeVisible();
});

test('a .tsv file opens through the file picker, and line breaks in a summary stay', async ({
  page,
}) => {
  const tsv = 'id\tdate\ttitle\tsummary\nlines\t2020-05-01\tTwo lines\t"First line\nSecond line"\n';
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  await page
    .getByRole('dialog', { name: 'Open your own data' })
    .getByLabel('Choose a file…')
    .setInputFiles({
      name: 'events.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(tsv),
    });
  await expect(status(page)).toHaveText('Showing 1 of 1 events');
  await page.getByRole('link', { name: /Two lines/ }).click();
  const summary = page.getByRole('complementary', { name: 'Two lines' }).getByText('First line');
  expect(await summary.innerText()).toBe('First line\nSecond line');
});
