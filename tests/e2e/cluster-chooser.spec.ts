// Events that share an instant fold into one cluster that no zoom can take apart: a click on it
// lists them to choose from, by mouse or keyboard, in either language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { event, serveDataset, smallDataset } from './support/fixtures';

const SAME_DAY = ['alpha', 'beta', 'gamma'];

async function openSameDayCluster(page: Page, lang: 'en' | 'ru') {
  const events = [...SAME_DAY.map((id) => event(id, '2024-03-05')), event('early', '2019')];
  const path = await serveDataset(page, '/fixtures/same-day.json', smallDataset(events));
  // Zoomed in to the one day they share, as deep as the timeline goes, the three still share one mark.
  await page.goto(`/?lang=${lang}&data=${path}&view=2024-03-05..2024-03-06`);
  const plot = page.locator('[data-part="plot"]');
  await expect(plot).toHaveAttribute('data-axis-unit', /.+/);
  const tooltip = plot.locator('> div[aria-hidden="true"]').last();
  const box = (await plot.boundingBox())!;
  const count = lang === 'en' ? '3 events' : 'Событий: 3';
  for (const lane of await page.locator('[data-lane]').all()) {
    const laneBox = (await lane.boundingBox())!;
    // The mark line sits 15 px above the bottom of a lane (half the mark area and the padding).
    const y = laneBox.y + laneBox.height - 15;
    for (let x = box.x + 4; x < box.x + box.width - 4; x += 4) {
      await page.mouse.move(x, y);
      if ((await tooltip.isVisible()) && (await tooltip.textContent())?.startsWith(count)) {
        await page.mouse.click(x, y);
        return page.getByRole('dialog', { name: count });
      }
    }
  }
  throw new Error('no cluster of three events found');
}

test('a cluster of same-day events lists them, and a choice opens that event', async ({ page }) => {
  const chooser = await openSameDayCluster(page, 'en');
  await expect(chooser).toBeVisible();
  const choices = chooser.getByRole('button', { name: /Event/ });
  await expect(choices).toHaveText([/Event alpha/, /Event beta/, /Event gamma/]);
  await expect(choices.first()).toBeFocused();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(choices.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/beta/);
  await expect(chooser).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Event beta' })).toBeVisible();
  await expect(page.getByRole('application')).toBeFocused();
});

test('Escape closes the list and gives focus back to the timeline; a click outside dismisses it', async ({
  page,
}) => {
  const chooser = await openSameDayCluster(page, 'ru');
  await expect(chooser.getByRole('button', { name: /Событие/ })).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(page.getByRole('application')).toBeFocused();
  await expect(page).not.toHaveURL(/\/events\//);

  const reopened = await openSameDayCluster(page, 'ru');
  await expect(reopened).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(reopened).toBeHidden();
});
