// A reader who uses only the keyboard: search, filter, open an event, read its sources, go to
// the next one and share it, with a visible focus ring at every step.
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/data/synthetic-dataset';
import { event, serveDataset, smallDataset } from './support/fixtures';

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(
  page: Page,
  matches: (element: Element) => boolean,
  { backwards = false, max = 120 } = {},
) {
  const source = matches.toString();
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate((fn) => {
      const active = document.activeElement;
      return active
        ? (new Function(`return (${fn})`)() as (element: Element) => boolean)(active)
        : false;
    }, source);
    if (found) return;
  }
  throw new Error(`focus never reached the element (${source})`);
}

/**
 * The focused element draws a ring, and no ancestor that clips its painting (overflow, or
 * content-visibility's paint containment) cuts the ring off.
 */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    const reachPx = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const box = active.getBoundingClientRect();
    const clippedBy: string[] = [];
    for (let node: HTMLElement | null = active; node; node = node.parentElement) {
      const nodeStyle = getComputedStyle(node);
      const clips =
        nodeStyle.contentVisibility === 'auto' ||
        (node !== active &&
          (nodeStyle.overflowX !== 'visible' || nodeStyle.overflowY !== 'visible'));
      if (!clips || node === document.body || node === document.documentElement) continue;
      const clip = node.getBoundingClientRect();
      if (
        box.left - reachPx < clip.left - 0.5 ||
        box.right + reachPx > clip.right + 0.5 ||
        box.top - reachPx < clip.top - 0.5 ||
        box.bottom + reachPx > clip.bottom + 0.5
      )
        clippedBy.push(`${node.tagName.toLowerCase()}.${node.className}`);
    }
    return { outline: style.outlineStyle, shadow: style.boxShadow, clippedBy };
  });
  expect(ring.outline !== 'none' || ring.shadow !== 'none', JSON.stringify(ring)).toBe(true);
  expect(ring.clippedBy, 'ancestors that cut the focus ring off').toEqual([]);
}

test('search, filter, open, read sources, next and share without a mouse', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=en');
  await expect(
    page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ events/ }),
  ).toBeVisible();

  await page.keyboard.press('/');
  await page.keyboard.type('xai');
  await expect(page).toHaveURL(/q=xai/);

  await tabTo(
    page,
    (element) =>
      element instanceof HTMLInputElement &&
      element.type === 'checkbox' &&
      element.closest('label')?.textContent?.includes('Departure') === true,
  );
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/kind=departure/);

  await tabTo(page, (element) => element.getAttribute('aria-label') === 'Timeline');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+/);
  const firstUrl = page.url();
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();

  await tabTo(
    page,
    (element) =>
      element instanceof HTMLAnchorElement &&
      element.target === '_blank' &&
      element.closest('aside') !== null,
  );
  await expectVisibleFocus(page);
  const rel = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).rel);
  expect(rel).toContain('noopener');

  await tabTo(page, (element) => element.getAttribute('aria-label') === 'Next event');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).not.toBe(firstUrl);
  await expect(page).toHaveURL(/\/events\//);

  await tabTo(page, (element) => element.textContent?.trim() === 'Share', { backwards: true });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/events\/[a-z0-9-]+\?q=xai&kind=departure/,
  );

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/events\//);
});

test('Enter on a list row moves focus into the event, and closing it brings focus back', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const row = page.getByRole('list', { name: 'Events', exact: true }).getByRole('link').nth(2);
  await row.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/events\//);
  await expect(row).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Close event details' }).click();
  await expect(row).toBeFocused();
});

test('Next on the last event keeps focus in the panel', async ({ page }) => {
  await serveDataset(
    page,
    '/fixtures/two.json',
    smallDataset([event('first-event', '2020-01-01'), event('second-event', '2021-01-01')]),
  );
  await page.goto('/events/first-event?lang=en&data=/fixtures/two.json');
  await page.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/second-event/);
  await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Close event details' })).toBeFocused();
});

test('/ and ? work while a filter checkbox has focus', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('checkbox', { name: /Launch/ }).focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.getByRole('checkbox', { name: /Launch/ }).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/ })).toBeVisible();
});

test('the page follows the keyboard cursor into lanes off the screen', async ({ page }) => {
  // Six lanes by person, taller than this window.
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto('/?lang=en&group=person');
  const timeline = page.getByRole('application', { name: 'Timeline' });
  await timeline.evaluate((element: HTMLElement) => {
    element.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
  const scrollY = () => page.evaluate(() => window.scrollY);
  const atFocus = await scrollY();
  // The first event in time is in the last lane, "No people".
  await page.keyboard.press('Home');
  await expect.poll(scrollY).toBeGreaterThan(atFocus + 100);
  const atBottom = await scrollY();
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowUp');
  await expect.poll(scrollY).toBeLessThan(atBottom);
});

test('the second Tab offers a way straight to the timeline, past the filters', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: /Showing/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the event list' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\//);
});

test('the language buttons and the rows of a long, windowed list show their whole focus ring', async ({
  page,
}) => {
  // More events than the list renders at once, so it draws only the rows in view.
  const path = await serveDataset(
    page,
    '/fixtures/long.json',
    generateDataset({ events: 1000, seed: 3 }),
  );
  await page.goto(`/?lang=en&data=${path}`);
  await expect(
    page.getByRole('status').filter({ hasText: /Showing 1,?000 of 1,?000/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Русский' }).focus();
  await expectVisibleFocus(page);
  await page.getByRole('list', { name: 'Events', exact: true }).getByRole('link').nth(3).focus();
  await expectVisibleFocus(page);
});

test.describe('focus stays in place when the control that had it goes away', () => {
  const focusedIs = (page: Page, test: (element: Element) => boolean) =>
    page.evaluate(
      (fn) =>
        (new Function(`return (${fn})`)() as (element: Element) => boolean)(
          document.activeElement!,
        ),
      test.toString(),
    );

  test('removing filter chips moves focus to the next chip, then to the filters', async ({
    page,
  }) => {
    await page.goto('/?lang=en&kind=launch,departure');
    const chips = page.getByRole('region', { name: 'Active filters' });
    await chips.getByRole('button', { name: 'Remove filter: Departure' }).focus();
    await page.keyboard.press('Enter');
    await expect(chips.getByRole('button', { name: 'Remove filter: Launch' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chips).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeFocused();
  });

  test('Clear all, and Clear all filters in an empty list, keep focus near', async ({ page }) => {
    await page.goto('/?lang=en&q=zzzzqqq&kind=launch');
    await page.getByRole('button', { name: 'Clear all filters' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Events', exact: true })).toBeFocused();

    await page.goto('/?lang=en&kind=launch');
    await page.getByRole('button', { name: 'Clear all', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeFocused();
  });

  test('dismissing one of two notices moves focus to the other one', async ({ page }) => {
    await page.goto('/events/nope?lang=en&kind=nope');
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    await expect(dismiss).toHaveCount(2);
    await dismiss.first().focus();
    await page.keyboard.press('Enter');
    await expect(dismiss).toHaveCount(1);
    await expect(dismiss).toBeFocused();
  });

  test('dismissing a notice moves focus to the explorer below it', async ({ page }) => {
    await page.goto('/?lang=en&kind=nope');
    await page.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Dismiss' })).toBeHidden();
    await expect.poll(() => focusedIs(page, (element) => element.tagName === 'MAIN')).toBe(true);
  });

  test('a related event takes focus to its heading; closing a linked event, to the timeline', async ({
    page,
  }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const panel = page.getByRole('complementary', { name: /Igor Babuschkin leaves xAI/ });
    const related = page.getByRole('region', { name: 'Related events' }).getByRole('link').first();
    const title = (await related.textContent())!.trim();
    await related.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('application', { name: 'Timeline' })).toBeFocused();
  });
});
