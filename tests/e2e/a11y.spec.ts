// axe on every state a reader can reach: zero violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

const ready = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /\d+/ }).first()).toBeVisible();

test('default view', async ({ page }) => {
  await page.goto('/?lang=en');
  await ready(page);
  await expectNoViolations(page);
});

test('filtered view with a search', async ({ page }) => {
  await page.goto('/?lang=en&kind=controversy&org=xai&q=grok');
  await ready(page);
  await expectNoViolations(page);
});

test('an open event', async ({ page }) => {
  await page.goto('/events/babuschkin-leaves-xai?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: /Babuschkin/ })).toBeVisible();
  await expectNoViolations(page);
});

test('the Russian screen', async ({ page }) => {
  await page.goto('/events/grok-mechahitler?lang=ru');
  await ready(page);
  await expectNoViolations(page);
});

test('the keyboard shortcuts, opened with ? and closed with Escape back to the page', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await ready(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Zoom to fit every event that matches the filters');
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Typed into the search, ? is just a character.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('');
  await page.getByRole('searchbox', { name: 'Search events' }).press('?');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('?');
});

test('phone width with the filter drawer open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await ready(page);
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  await expectNoViolations(page);
});

test('error states', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/fixtures/bad.json',
    (route) => route.fulfill({ body: 'not json', contentType: 'application/json' }),
  );
  await page.goto('/?lang=en&data=/fixtures/bad.json');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoViolations(page);
  await page.goto('/events/missing-event?lang=en&kind=nope');
  await expect(page.getByText(/not found/)).toBeVisible();
  await expectNoViolations(page);
});

test('an open event on a phone, as a sheet and folded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/events/babuschkin-leaves-xai?lang=ru');
  await expect(page.getByRole('heading', { level: 2, name: /Бабушкин/ })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Описание события', exact: true }).click();
  await expectNoViolations(page);
});

test('in forced colours, pressed toggles, the open event and filled buttons stay marked', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/events/babuschkin-leaves-xai?lang=en&person=elon-musk');
  await ready(page);
  const styleOf = (name: string) =>
    page.getByRole('button', { name }).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, border: style.borderTopStyle };
    });
  // The pressed language and the pressed person look different from their unpressed peers.
  expect((await styleOf('English')).background).not.toBe((await styleOf('Русский')).background);
  const panel = page.getByRole('complementary', { name: /Igor Babuschkin leaves xAI/ });
  const chip = (name: string) =>
    panel
      .getByRole('button', { name })
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await chip('Elon Musk')).not.toBe(await chip('Igor Babuschkin'));
  // A filter chip and Share, drawn as fills, keep a border.
  expect((await styleOf('Remove filter: Elon Musk')).border).toBe('solid');
  expect((await styleOf('Share')).border).toBe('solid');
  const openRow = page.locator('[aria-current="true"]');
  expect(await openRow.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
});
