import { expect, test } from '@playwright/test';

test('brushing the date histogram sets the date filter, and the fields follow', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const brush = page.locator('[data-part="date-brush"]');
  await expect(brush).toBeVisible();
  await brush.scrollIntoViewIfNeeded();
  const box = (await brush.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}/);
  await expect(page).toHaveURL(/to=\d{4}/);
  const from = new URL(page.url()).searchParams.get('from')!;
  await expect(page.getByRole('group', { name: 'Dates' }).getByLabel('From')).toHaveValue(from);
  const status = await page
    .getByRole('status')
    .filter({ hasText: /Showing \d+ of \d+ events/ })
    .textContent();
  const [, shown, total] = /Showing (\d+) of (\d+)/.exec(status ?? '')!;
  expect(Number(shown)).toBeLessThan(Number(total));
});
