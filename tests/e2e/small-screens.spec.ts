// Phones and tablets: menus stay on screen, layers stack in the right order, and the timeline
// keeps its width when an event is open.
import { expect, test, type Locator } from '@playwright/test';
import { event, serveDataset, smallDataset } from './support/fixtures';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });

  test('the Export menu opens wholly on screen', async ({ page }) => {
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('group', { name: /Export/ });
    await expect(menu).toBeVisible();
    const { x, width } = await box(menu);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(320);
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the event sheet folds down to its title, uncovering the timeline', async ({ page }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const sheet = page.getByRole('complementary', { name: /Igor Babuschkin leaves xAI/ });
    await expect(sheet.getByText(/Memphis supercluster/)).toBeVisible();
    const timeline = await box(page.getByRole('application', { name: 'Timeline' }));
    expect((await box(sheet)).y).toBeLessThan(timeline.y + timeline.height);

    const grip = sheet.getByRole('button', { name: 'Event details', exact: true });
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    await grip.tap();
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    await expect(sheet.getByText(/Memphis supercluster/)).toBeHidden();
    await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
    expect((await box(sheet)).y).toBeGreaterThan(timeline.y + timeline.height);

    await grip.tap();
    await expect(sheet.getByText(/Memphis supercluster/)).toBeVisible();
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the filter drawer covers an open event, and a tap beside it closes the drawer', async ({
    page,
  }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('complementary', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    // Beside the drawer, low on the screen where the event sheet is.
    await page.mouse.click(345, 700);
    await expect(drawer).toBeHidden();
    await expect(page).toHaveURL(/\/events\/babuschkin-leaves-xai/);
  });

  test('the filter drawer keeps Tab inside, and Escape closes it, not the event behind it', async ({
    page,
  }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
    const opener = page.getByRole('button', { name: 'Filters' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('complementary', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(
        true,
      );
    }
    await page.keyboard.press('Shift+Tab');
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page).toHaveURL(/\/events\/babuschkin-leaves-xai/);
    await expect(opener).toBeFocused();
  });

  test('after Clear all in the drawer, Shift+Tab stays in the drawer', async ({ page }) => {
    await page.goto('/?lang=en&kind=launch');
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('complementary', { name: 'Filters' });
    await drawer.getByRole('button', { name: 'Clear all', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(drawer).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expect(drawer).not.toBeFocused();
  });

  test('a focused list row scrolls into view above the event sheet, not behind it', async ({
    page,
  }) => {
    await page.goto('/events/xai-founded?lang=en');
    const sheet = page.getByRole('complementary', { name: /Elon Musk announces xAI/ });
    await expect(sheet).toBeVisible();
    const rows = page.getByRole('list', { name: 'Events', exact: true }).getByRole('link');
    await rows.first().focus();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement!.getBoundingClientRect());
      expect(focused.bottom).toBeLessThanOrEqual((await box(sheet)).y + 1);
    }
  });

  test('the Russian status line agrees with the number of events', async ({ page }) => {
    await serveDataset(
      page,
      '/fixtures/one.json',
      smallDataset([event('only-event', '2020-01-01')]),
    );
    await page.goto('/?lang=ru&data=/fixtures/one.json');
    await expect(page.getByRole('status').filter({ hasText: 'Показано' })).toHaveText(
      'Показано 1 из 1 события',
    );
  });
});

test.describe('at 768 px', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('an open event leaves the timeline most of the width', async ({ page }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    await expect(page.getByRole('heading', { name: /Igor Babuschkin leaves xAI/ })).toBeVisible();
    const timeline = await box(page.getByRole('application', { name: 'Timeline' }));
    expect(timeline.width).toBeGreaterThan(400);
  });
});

// The side panel starts below the header and is as tall as the window, so its foot is below
// the window until the page scrolls: scrolling the panel must get there.
test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the wheel over the event panel reaches its Previous and Next', async ({ page }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const panel = page.locator('aside:has(#event-panel-title)');
    await expect(panel).toBeVisible();
    const { x, y, width } = await box(panel);
    await page.mouse.move(x + width / 2, y + 200);
    for (let turn = 0; turn < 12; turn++) await page.mouse.wheel(0, 400);
    await expect(page.getByRole('button', { name: 'Next event' })).toBeInViewport();
  });
});

// The search box's hint is read before anything is typed: a cut-off one reads as a typo.
for (const width of [320, 360, 390, 400, 430, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    test('the search placeholder fits its box, in both languages', async ({ page }) => {
      for (const lang of ['en', 'ru']) {
        await page.goto(`/?lang=${lang}`);
        const search = page.locator('#event-search');
        await expect(search).toBeVisible();
        const { text, textWidth, room } = await search.evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          return {
            text: input.placeholder,
            textWidth: context.measureText(input.placeholder).width,
            room:
              input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          };
        });
        expect(text.length, lang).toBeGreaterThan(0);
        // A few pixels spare: the box's text and the canvas measure it a little differently.
        expect(textWidth, `“${text}” at ${width} px`).toBeLessThanOrEqual(room - 4);
      }
    });
  });
}

// iOS zooms the page into a field whose text is under 16 px when it takes focus; a phone held
// sideways is wider than the `sm` breakpoint, where the fields once turned 14 px.
test.describe('a phone held sideways', () => {
  test.use({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });

  test('keeps every text field at 16 px', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('#event-search')).toBeVisible();
    const fields = page.locator('input:not([type=checkbox]):visible, select:visible');
    expect(await fields.count()).toBeGreaterThan(3);
    for (const field of await fields.all()) {
      const size = await field.evaluate((element) => getComputedStyle(element).fontSize);
      expect(size, await field.evaluate((element) => element.outerHTML.slice(0, 80))).toBe('16px');
    }
  });
});
