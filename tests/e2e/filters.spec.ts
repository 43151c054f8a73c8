import { expect, test, type Page } from '@playwright/test';
import { parseStatus } from './support/fixtures';

const statusLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ });
const list = (page: Page) => page.getByRole('list', { name: 'Events', exact: true });
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });

test('?person= shows only events involving that person, and the status line counts them', async ({
  page,
}) => {
  await page.goto('/?lang=en&person=igor-babuschkin');
  await expect(statusLine(page)).toBeVisible();
  const [shown, total] = parseStatus(await statusLine(page).textContent());
  expect(shown).toBeGreaterThan(3);
  expect(shown).toBeLessThan(total);
  await expect(list(page).getByRole('listitem')).toHaveCount(shown);
  await expect(list(page).getByRole('link', { name: /leaves xAI/ })).toBeVisible();
  await expect(list(page).getByRole('link', { name: /Mistral/ })).toHaveCount(0);
});

test('ticking an organization adds org= to the URL, changes the other facets, and survives reload', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const kinds = filters(page).getByRole('group', { name: 'Kinds' });
  const launchBefore = await kinds.getByText('Launch').locator('..').textContent();
  await filters(page)
    .getByRole('checkbox', { name: /^xAI\b/ })
    .check();
  await expect(page).toHaveURL(/[?&]org=xai\b/);
  await expect
    .poll(async () => kinds.getByText('Launch').locator('..').textContent())
    .not.toBe(launchBefore);
  const [shown] = parseStatus(await statusLine(page).textContent());
  await page.reload();
  await expect(filters(page).getByRole('checkbox', { name: /^xAI\b/ })).toBeChecked();
  expect(parseStatus(await statusLine(page).textContent())[0]).toBe(shown);
});

test('text search finds MechaHitler, also with a typo', async ({ page }) => {
  for (const query of ['mechahitler', 'mechahitlr']) {
    await page.goto(`/?lang=en&q=${query}`);
    await expect(
      list(page)
        .getByRole('link', { name: /MechaHitler/i })
        .first(),
    ).toBeVisible();
    const [shown, total] = parseStatus(await statusLine(page).textContent());
    expect(shown).toBeLessThan(total);
    expect(shown).toBeGreaterThan(0);
  }
});

test('typing in the search box updates the URL and the list; / focuses it', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(statusLine(page)).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.keyboard.type('tegmark');
  await expect(page).toHaveURL(/q=tegmark/);
  await expect(
    list(page)
      .getByRole('link', { name: /Future of Life/ })
      .first(),
  ).toBeVisible();
});

test('on a phone the search field leaves out the / key hint and shows its whole placeholder', async ({
  page,
}) => {
  const keyHint = page.locator('#event-search-hint kbd');
  await page.goto('/?lang=en');
  await expect(keyHint).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(keyHint).toBeHidden();
  for (const lang of ['en', 'ru']) {
    await page.goto(`/?lang=${lang}`);
    const placeholderFits = await page
      .locator('#event-search')
      .evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width <= room;
      });
    expect(placeholderFits, lang).toBe(true);
  }
});

test('?lang=ru shows the Russian interface and Russian event titles', async ({ page }) => {
  await page.goto('/?lang=ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('status').filter({ hasText: /Показано \d+ из \d+/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Поделиться' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'События' })).toContainText('Бабушкин');
});

test('an invalid kind is ignored with a notice', async ({ page }) => {
  await page.goto('/?lang=en&kind=nope');
  await expect(page.getByText(/were ignored: kind=nope/)).toBeVisible();
  const [shown, total] = parseStatus(await statusLine(page).textContent());
  expect(shown).toBe(total);
});

test('with no matches the page says so and one click clears the filters', async ({ page }) => {
  await page.goto('/?lang=en&q=zzzzqqqxxx');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).not.toHaveURL(/q=/);
  const [shown, total] = parseStatus(await statusLine(page).textContent());
  expect(shown).toBe(total);
});

test('Back and Forward across event selections restore each view', async ({ page }) => {
  await page.goto('/?lang=en');
  await list(page)
    .getByRole('link', { name: /ChatGPT/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/events\/chatgpt-launch/);
  await expect(page.getByRole('heading', { level: 2, name: /ChatGPT/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).not.toHaveURL(/\/events\/chatgpt-launch/);
  const second = new URL(page.url()).pathname;
  await page.goBack();
  await expect(page).toHaveURL(/\/events\/chatgpt-launch/);
  await expect(page.getByRole('heading', { level: 2, name: /ChatGPT/ })).toBeVisible();
  await page.goForward();
  await expect.poll(() => new URL(page.url()).pathname).toBe(second);
  await page.reload();
  await expect.poll(() => new URL(page.url()).pathname).toBe(second);
  await expect(
    page.getByRole('complementary').getByRole('heading', { level: 2 }).first(),
  ).toBeVisible();
});

test('the share button copies the canonical link of the open event', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/events/grok-4-launch?lang=en&kind=launch');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/events\/grok-4-launch\?kind=launch&lang=en$/);
});
