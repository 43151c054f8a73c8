// The timeline on a phone's touch screen: a vertical swipe over it scrolls the page, a
// horizontal drag pans it wherever it starts, two fingers zoom, a tap opens an event or zooms
// into a cluster, and a tap on the overview moves the window there. Touches go through CDP as a touch screen sends them,
// one frame at a time, so the browser makes its own scroll and tap decisions.
import { expect, test, type Page } from '@playwright/test';
import { viewOf } from './support/view-param';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Point = readonly [number, number];

const plot = (page: Page) => page.locator('[data-part="plot"]');

/** Fingers moving in a straight line from `from` to `to`, one touch frame per step. */
function path(from: readonly Point[], to: readonly Point[], steps = 15): Point[][] {
  return Array.from({ length: steps + 1 }, (_, step) =>
    from.map(([x, y], finger) => {
      const [toX, toY] = to[finger]!;
      return [x + ((toX - x) * step) / steps, y + ((toY - y) * step) / steps] as const;
    }),
  );
}

/** Puts the fingers of the first frame down, moves them through the rest, and lifts them. */
async function touch(page: Page, frames: Point[][]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touchPoints = (frame: Point[]) => frame.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: touchPoints(frames[0]!),
  });
  for (const frame of frames.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: touchPoints(frame),
    });
    // About a frame apart, as a finger reports.
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function open(page: Page, search: string) {
  await page.goto(`/?lang=en${search}`);
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  await expect(page.locator('[data-part="plot"] [data-event-id]').first()).toBeVisible();
}

test('a vertical swipe over the timeline scrolls the page and leaves the view alone', async ({
  page,
}) => {
  await open(page, '');
  const box = (await plot(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = Math.min(box.y + box.height - 20, 800);
  await touch(page, path([[x, y]], [[x + 4, y - 200]]));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(80);
  expect(viewOf(page)).toBeNull();
});

test('a horizontal drag that starts on a label pans all the way and records the view', async ({
  page,
}) => {
  await open(page, '&view=2016-08..2019-11');
  const before = viewOf(page)!;
  const box = (await plot(page).boundingBox())!;
  // The right end of a long label whose event is in the left part of the plot: 200 px into the
  // drag, the event has left the screen and its label with it, while the finger is still down.
  const start = await page.locator('[data-part="plot"] [data-event-id]').evaluateAll(
    (labels, { leftPx, rightPx }) => {
      for (const label of labels) {
        const rect = label.getBoundingClientRect();
        if (rect.left < leftPx && rect.right - 10 > rightPx)
          return [rect.right - 10, rect.top + rect.height / 2] as const;
      }
      return null;
    },
    { leftPx: box.x + 150, rightPx: box.x + 215 },
  );
  expect(start).not.toBeNull();
  const [x, y] = start!;
  await touch(page, path([[x, y]], [[x - 200, y + 3]]));
  // 200 px of a plot about 360 px wide showing 3¼ years is most of two years.
  await expect
    .poll(() => (viewOf(page)?.[0] ?? before[0]) - before[0])
    .toBeGreaterThan(365 * 86_400_000);
  await expect(page).not.toHaveURL(/\/events\//);
});

test('two fingers spreading apart zoom in and record the view when they lift', async ({ page }) => {
  await open(page, '&view=2016..2020');
  const before = viewOf(page)!;
  const box = (await plot(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 80;
  await touch(
    page,
    path(
      [
        [x - 20, y],
        [x + 20, y],
      ],
      [
        [x - 120, y],
        [x + 120, y],
      ],
    ),
  );
  await expect
    .poll(() => {
      const view = viewOf(page);
      return view ? view[1] - view[0] : Infinity;
    })
    .toBeLessThan((before[1] - before[0]) / 2);
});

test('a tap on a label opens its event', async ({ page }) => {
  await open(page, '');
  const label = page.locator('[data-part="plot"] [data-event-id]').first();
  const id = (await label.getAttribute('data-event-id'))!;
  const box = (await label.boundingBox())!;
  const point: Point = [box.x + Math.min(10, box.width / 2), box.y + box.height / 2];
  await touch(page, [[point]]);
  await expect(page).toHaveURL(new RegExp(`/events/${id}`));
});

test('a tap on a cluster zooms into it', async ({ page }) => {
  await open(page, '');
  // A touch screen has no hover: find a cluster, not under a label, by the tooltip a mouse over
  // it would show, then tap it.
  const cluster = await plot(page).evaluate((element) => {
    const tooltip = [...element.children].at(-1) as HTMLElement;
    const rect = element.getBoundingClientRect();
    for (let y = rect.top + 2; y < rect.bottom; y += 4)
      for (let x = rect.left + 2; x < rect.right - 2; x += 4) {
        const hit = document.elementFromPoint(x, y);
        if (hit instanceof HTMLElement && hit.dataset.eventId) continue;
        const move = { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true };
        (hit ?? element).dispatchEvent(new PointerEvent('pointermove', move));
        if (!tooltip.hidden && /^\d+ events/.test(tooltip.textContent ?? ''))
          return [x, y] as const;
      }
    return null;
  });
  expect(cluster).not.toBeNull();
  await touch(page, [[cluster!]]);
  // The whole range is over sixteen years; a cluster's window is a small part of it.
  await expect
    .poll(() => {
      const view = viewOf(page);
      return view ? view[1] - view[0] : Infinity;
    })
    .toBeLessThan(8 * 365 * 86_400_000);
});

test('a tap on the left of the overview moves the window there', async ({ page }) => {
  await open(page, '&view=2020..2021');
  const box = (await page.locator('[data-part="overview"]').boundingBox())!;
  // 20 px into a strip from 2009 to 2027: about 2010.
  await touch(page, [[[box.x + 20, box.y + 15]]]);
  await expect.poll(() => viewOf(page)?.[1] ?? Infinity).toBeLessThan(Date.parse('2013-01-01'));
});

test('an up swipe on the overview scrolls the page and leaves the view alone', async ({ page }) => {
  await open(page, '&view=2019..2021');
  const box = (await page.locator('[data-part="overview"]').boundingBox())!;
  const x = box.x + 60;
  const y = box.y + 25;
  // A thumb drifts a few pixels sideways.
  await touch(page, path([[x, y]], [[x + 4, y - 300]]));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(80);
  expect(new URL(page.url()).searchParams.get('view')).toBe('2019..2021');
});

test('a sideways drag on the overview moves the window with the finger', async ({ page }) => {
  await open(page, '&view=2012..2014');
  const before = viewOf(page)!;
  const box = (await page.locator('[data-part="overview"]').boundingBox())!;
  const y = box.y + 15;
  await touch(page, path([[box.x + 40, y]], [[box.x + 140, y + 3]]));
  await expect.poll(() => viewOf(page)?.[0] ?? 0).toBeGreaterThan(before[0] + 365 * 86_400_000);
  const after = viewOf(page)!;
  // Panned, not zoomed: the window keeps its length (to the precision of the URL).
  expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan(40 * 86_400_000);
});

test.describe('the date brush in the filter drawer', () => {
  async function openBrush(page: Page) {
    await open(page, '');
    await page.getByRole('button', { name: 'Filters' }).click();
    const brush = page.locator('[data-part="date-brush"]');
    await brush.scrollIntoViewIfNeeded();
    // Halfway up the screen, so that there is room to scroll the drawer either way.
    await brush.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    return (await brush.boundingBox())!;
  }
  const dates = (page: Page) => {
    const params = new URL(page.url()).searchParams;
    return [params.get('from'), params.get('to')];
  };

  test('a down swipe scrolls the drawer and sets no dates', async ({ page }) => {
    const box = await openBrush(page);
    const drawer = page.locator('#filter-panel');
    const scrollTop = () => drawer.evaluate((element) => element.scrollTop);
    const before = await scrollTop();
    const x = box.x + box.width / 2;
    expect(before).toBeGreaterThan(100);
    await touch(page, path([[x, box.y + 20]], [[x + 4, box.y + 220]]));
    await expect.poll(scrollTop).toBeLessThan(before - 50);
    expect(dates(page)).toEqual([null, null]);
  });

  test('a sideways drag brushes dates, and a finger beside an edge moves that edge', async ({
    page,
  }) => {
    const box = await openBrush(page);
    await touch(page, path([[box.x + 40, box.y + 20]], [[box.x + 160, box.y + 20]]));
    await expect.poll(() => dates(page)[0]).not.toBeNull();
    const [from, to] = dates(page);
    // The filter chips above it may have moved the brush down.
    const moved = (await page.locator('[data-part="date-brush"]').boundingBox())!;
    const range = (await page.locator('[data-part="date-brush"] .selection').boundingBox())!;
    const y = moved.y + 20;
    // Ten pixels right of the range's end, where d3-brush's 6 px handle does not reach.
    const endX = range.x + range.width;
    await touch(page, path([[endX + 10, y]], [[endX + 60, y]]));
    await expect.poll(() => dates(page)[1]).not.toBe(to);
    expect(dates(page)[0]).toBe(from);
    expect(dates(page)[1]! > to!).toBe(true);
  });
});

test.describe('the event sheet', () => {
  const sheetOf = (page: Page) =>
    page.getByRole('complementary', { name: /Igor Babuschkin leaves xAI/ });

  test('its grip folds the sheet when dragged down and unfolds it when dragged up', async ({
    page,
  }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const grip = sheetOf(page).getByRole('button', { name: 'Event details', exact: true });
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    const down = (await grip.boundingBox())!;
    const x = down.x + down.width / 2;
    await touch(page, path([[x, down.y + 10]], [[x, down.y + 150]], 8));
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    const up = (await grip.boundingBox())!;
    await touch(page, path([[x, up.y + 10]], [[x, up.y - 150]], 8));
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    // The page behind stays where it was.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('Next shows the next event from its title, with Next still at hand', async ({ page }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const sheet = sheetOf(page);
    await sheet.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const next = page.getByRole('button', { name: 'Next event' });
    await next.tap();
    const title = page.locator('#event-panel-title');
    await expect(title).not.toHaveText(/Igor Babuschkin leaves xAI/);
    await expect(title).toBeInViewport();
    await expect(next).toBeInViewport();
    const panel = page.locator('aside:has(#event-panel-title)');
    expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
  });

  test('a swipe at the end of its text does not scroll the page behind', async ({ page }) => {
    await page.goto('/events/babuschkin-leaves-xai?lang=en');
    const sheet = sheetOf(page);
    await sheet.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const box = (await sheet.boundingBox())!;
    const x = box.x + box.width / 2;
    await touch(page, path([[x, box.y + box.height - 40]], [[x, box.y + 60]], 10));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('behind a drawer or a dialog', () => {
  test('a swipe on the filter drawer’s shade leaves the page where it was', async ({ page }) => {
    await open(page, '');
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.locator('#filter-panel')).toBeVisible();
    // The shade shows right of the drawer.
    const x = 370;
    await touch(page, path([[x, 700]], [[x + 2, 300]]));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a swipe on a dialog’s backdrop leaves the page where it was', async ({ page }) => {
    await open(page, '');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    const y = Math.min(box.y + box.height + 40, 820);
    await touch(page, path([[20, y]], [[22, y - 300]]));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test('the drawer’s buttons are at least 24 px tall for a finger', async ({ page }) => {
  await open(page, '&kind=launch&person=elon-musk');
  await page.getByRole('button', { name: 'Filters' }).click();
  const buttons = page.locator('#filter-panel button:visible');
  expect(await buttons.count()).toBeGreaterThan(3);
  for (const button of await buttons.all()) {
    const { height } = (await button.boundingBox())!;
    expect(height, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(24);
  }
});
