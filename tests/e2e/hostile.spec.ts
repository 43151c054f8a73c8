// Every hostile dataset, served through ?data=: the page explains what happened, keeps what
// is valid, runs no code from the file and stays usable.
import { expect, test } from '@playwright/test';
import { hostileCases } from '../fixtures/hostile-datasets';

test.describe('hostile datasets through ?data=', () => {
  for (const hostile of hostileCases) {
    test(hostile.name, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const path = `/fixtures/${hostile.name}.json`;
      const body = hostile.body();
      await page.route(
        (url) => url.pathname === path,
        (route) => route.fulfill({ contentType: 'application/json', body }),
      );
      await page.goto(`/?lang=en&data=${path}`);

      if (hostile.expectedEvents === null) {
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(hostile.mentions);
        await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Open the default dataset' })).toBeVisible();
      } else {
        const total = hostile.expectedEvents;
        await expect(
          page.getByRole('status').filter({ hasText: `Showing ${total} of ${total} events` }),
        ).toBeVisible({ timeout: 20_000 });
        const warnings = page.getByText(/records? had (a )?problems?/);
        if (await warnings.count()) await warnings.first().click();
        await expect(page.getByText(hostile.mentions).first()).toBeAttached();
      }
      // Nothing from the file ran, and the page still answers.
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      expect(dialogs).toBe(0);
      await page.getByRole('button', { name: 'Русский' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    });
  }

  test('only the https source of an event with script URLs becomes a link', async ({ page }) => {
    const body = hostileCases.find((hostile) => hostile.name === 'script-urls')!.body();
    await page.route(
      (url) => url.pathname === '/fixtures/urls.json',
      (route) => route.fulfill({ contentType: 'application/json', body }),
    );
    await page.goto('/events/urls?lang=en&data=/fixtures/urls.json');
    const panel = page
      .getByRole('complementary')
      .filter({ has: page.getByRole('heading', { name: 'Event urls' }) });
    await expect(panel.getByRole('link', { name: /Fine source/ })).toHaveAttribute(
      'href',
      'https://example.com/fine',
    );
    await expect(
      panel.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"]'),
    ).toHaveCount(0);
  });

  test('a 200 MB response is refused before it is read', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/fixtures/huge.json',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          headers: { 'content-length': String(200 * 1024 * 1024) },
          body: '{',
        }),
    );
    await page.goto('/?lang=en&data=/fixtures/huge.json');
    await expect(page.getByRole('alert')).toContainText(/larger than/);
  });

  test('a dataset from a plain http address elsewhere is refused with an explanation', async ({
    page,
  }) => {
    await page.goto('/?lang=en&data=http://example.com/events.json');
    await expect(page.getByRole('alert')).toContainText('Only https addresses');
    await page.goto('/?lang=en&data=javascript:alert(1)');
    await expect(page.getByRole('alert')).toContainText('Only https addresses');
  });

  test('a network failure is explained in plain words', async ({ page }) => {
    await page.route(
      (url) => url.hostname === 'unreachable.example',
      (route) => route.abort('connectionrefused'),
    );
    await page.goto('/?lang=en&data=https://unreachable.example/events.json');
    await expect(page.getByRole('alert')).toContainText('could not be reached');
  });
});
