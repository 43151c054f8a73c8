// The timeline's user journeys in Chromium: zoom, pan, labels, clusters, the overview and the
// keyboard. The canvas is pixels, so the tests read the axis unit the renderer writes down
// (data-axis-unit), the `view` URL parameter, the tooltip and the DOM labels.
import { expect, test, type Page } from '@playwright/test';
import { event, serveDataset, smallDataset } from './support/fixtures';
import { viewOf } from './support/view-param';

const timeline = (page: Page) => page.getByRole('application', { name: 'Timeline' });
const plot = (page: Page) => page.locator('[data-part="plot"]');

function spanOf(page: Page): number {
  const view = viewOf(page);
  return view ? view[1] - view[0] : Infinity;
}

async function openDefault(page: Page) {
  await page.goto('/?lang=en');
  await expect(timeline(page)).toBeVisible();
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /year|decade/);
}

test('the default view shows lanes, the axis in years, a legend and the overview', async ({
  page,
}) => {
  await openDefault(page);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend.getByRole('listitem')).toHaveCount(4);
  await expect(legend).toContainText('Founding');
  await expect(page.locator('[data-lane]')).toHaveCount(4);
  await expect(page.locator('[data-part="overview"] .selection')).toBeVisible();
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  for (const name of ['Zoom in', 'Zoom out', 'Fit all'])
    await expect(page.getByRole('button', { name })).toBeVisible();
});

test('wheel zoom changes the axis from years to months and records the window', async ({
  page,
}) => {
  await openDefault(page);
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(40);
  }
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /month|day/);
  // Under load the wheel can pause long enough to end a gesture early: wait for the last commit.
  await expect.poll(() => spanOf(page)).toBeLessThan(2 * 365 * 86_400_000);
  // Reload restores the same window.
  await page.reload();
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /month|day/);
});

test('dragging pans the window later in time', async ({ page }) => {
  await openDefault(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewOf(page)).not.toBeNull();
  await page.getByRole('button', { name: 'Fit all' }).scrollIntoViewIfNeeded();
  const before = viewOf(page)!;
  const box = (await plot(page).boundingBox())!;
  const y = box.y + 20; // the axis strip: no labels or marks to click there
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => viewOf(page)?.[0] ?? 0).toBeGreaterThan(before[0]);
  const after = viewOf(page)!;
  expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan(62 * 86_400_000);
});

test('clicking an event label opens its page, and Back returns', async ({ page }) => {
  await openDefault(page);
  const label = page.locator('[data-event-id]').first();
  const id = (await label.getAttribute('data-event-id'))!;
  const title = (await label.textContent())!;
  await label.click();
  await expect(page).toHaveURL(new RegExp(`/events/${id}`));
  await expect(page.getByRole('heading', { name: title.replace(/…$/, '') }).first()).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/\/events\//);
});

test('clicking a cluster zooms into it', async ({ page }) => {
  await openDefault(page);
  const tooltip = page.locator('[data-part="plot"] > div[aria-hidden="true"]').last();
  const box = (await plot(page).boundingBox())!;
  let found = false;
  for (const lane of await page.locator('[data-lane]').all()) {
    const laneBox = (await lane.boundingBox())!;
    // The mark line sits 15 px above the bottom of a lane (half the mark area and the padding).
    const y = laneBox.y + laneBox.height - 15;
    for (let x = box.x + 4; x < box.x + box.width - 4 && !found; x += 5) {
      await page.mouse.move(x, y);
      if (/^\d+ events/.test((await tooltip.textContent()) ?? '') && (await tooltip.isVisible())) {
        found = true;
        await page.mouse.click(x, y);
      }
    }
    if (found) break;
  }
  expect(found).toBe(true);
  await expect.poll(() => spanOf(page)).toBeLessThan(8 * 365 * 86_400_000);
});

test('keyboard only: Tab to the timeline, ArrowRight, Enter opens, Escape closes', async ({
  page,
}) => {
  await openDefault(page);
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await timeline(page).evaluate((element) => element === document.activeElement)) break;
  }
  await expect(timeline(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const live = page.locator('[aria-live="polite"]').filter({ hasText: /\d{4}/ });
  await expect(live).not.toHaveText('');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await timeline(page).focus();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/events\//);
});

test('the keyboard cursor names its event beside it, also inside a cluster, until the mouse moves', async ({
  page,
}) => {
  // Three launches a day apart share one cluster at the full view.
  const events = [
    event('alpha', '2024-03-01', { title: 'Alpha launch' }),
    event('beta', '2024-03-02', { title: 'Beta launch' }),
    event('gamma', '2024-03-03', { title: 'Gamma launch' }),
    event('early', '2010', { title: 'Early launch' }),
  ];
  const path = await serveDataset(page, '/fixtures/caption.json', smallDataset(events));
  await page.goto(`/?lang=en&data=${path}`);
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  const caption = plot(page).locator('> div[aria-hidden="true"]').last();
  await timeline(page).focus();
  await expect(caption).toBeHidden();
  await page.keyboard.press('End');
  await expect(caption).toBeVisible();
  await expect(caption).toContainText('Gamma launch');
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('Beta launch');
  await expect(caption).toContainText('March 2, 2024');
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.move(box.x + 8, box.y + 8);
  await expect(caption).toBeHidden();
});

test('zooming from the keyboard keeps the focused event in view', async ({ page }) => {
  const events = [event('first', '2005'), event('middle', '2015'), event('last', '2024-06-01')];
  const path = await serveDataset(page, '/fixtures/zoom.json', smallDataset(events));
  await page.goto(`/?lang=en&data=${path}`);
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  await timeline(page).focus();
  await page.keyboard.press('End');
  const lastMs = Date.parse('2024-06-01');
  let span = Infinity;
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('+');
    await expect.poll(() => spanOf(page)).toBeLessThan(span);
    span = spanOf(page);
    const [startMs, endMs] = viewOf(page)!;
    expect(startMs).toBeLessThanOrEqual(lastMs);
    expect(endMs).toBeGreaterThanOrEqual(lastMs);
  }
});

test('a deep link centres the timeline on the event at a readable zoom', async ({ page }) => {
  await page.goto('/events/xai-founded?lang=en');
  await expect(timeline(page)).toBeVisible();
  await expect(page.locator('[data-event-id="xai-founded"]')).toBeVisible();
});

test('quick presses of Zoom in add up instead of restarting from the same view', async ({
  page,
}) => {
  await openDefault(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewOf(page)).not.toBeNull();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => viewOf(page)?.[0] ?? Infinity).toBeLessThan(Date.parse('2010-01-02'));
  const fullSpan = spanOf(page);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  // Three presses well inside one animation: each starts from where the last is heading.
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect.poll(() => spanOf(page)).toBeLessThan(fullSpan / 6);
  expect(spanOf(page)).toBeGreaterThan(fullSpan / 11);
});

test('Fit all, and the 0 key, show every event the filters let through', async ({ page }) => {
  // Igor Babuschkin's events run from January 2019 to August 2025.
  await page.goto('/?lang=en&person=igor-babuschkin');
  await expect(timeline(page)).toBeVisible();
  const fitsHisEvents = () => {
    const [startMs, endMs] = viewOf(page) ?? [0, 0];
    return (
      startMs > Date.parse('2018-06-01') &&
      startMs < Date.parse('2019-01-24') &&
      endMs > Date.parse('2025-08-14') &&
      endMs < Date.parse('2026-03-01')
    );
  };
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  // Narrower than his six and a half years.
  await expect.poll(() => spanOf(page)).toBeLessThan(5 * 365 * 86_400_000);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(fitsHisEvents).toBe(true);

  await zoomIn.click();
  await expect.poll(fitsHisEvents).toBe(false);
  await timeline(page).focus();
  await page.keyboard.press('0');
  await expect.poll(fitsHisEvents).toBe(true);

  // Without the filter, everything: the dataset starts in 2010.
  await page.goto('/?lang=en&view=2024..2025');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => viewOf(page)?.[0] ?? Infinity).toBeLessThan(Date.parse('2010-01-02'));
});

test('the timeline frames the date filter: from a link, when it changes, and all when cleared', async ({
  page,
}) => {
  await page.goto('/?lang=en&from=2024&to=2025-06');
  await expect(plot(page)).toHaveAttribute('data-axis-unit', 'month');
  // Opening on the filter's window is not a move: no view is written for it.
  expect(viewOf(page)).toBeNull();

  const from = page.getByRole('group', { name: 'Dates' }).getByLabel('From');
  await from.fill('2025');
  await from.press('Enter');
  await expect.poll(() => viewOf(page)?.[0] ?? 0).toBeGreaterThan(Date.parse('2024-10-01'));
  const [startMs, endMs] = viewOf(page)!;
  expect(startMs).toBeLessThan(Date.parse('2025-01-01'));
  expect(endMs).toBeGreaterThan(Date.parse('2025-06-30'));
  expect(endMs).toBeLessThan(Date.parse('2025-09-01'));

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /year|decade/);
  await expect.poll(() => spanOf(page)).toBeGreaterThan(10 * 365 * 86_400_000);
});

test('on a phone the timeline fits the width and still works', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDefault(page);
  const box = (await timeline(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewOf(page)).not.toBeNull();
});

test('Back brings back the window its history entry names', async ({ page }) => {
  await openDefault(page);
  const brush = page.locator('[data-part="overview"] .selection');
  const brushBox = async () => {
    const box = await brush.boundingBox();
    return box ? { x: Math.round(box.x), width: Math.round(box.width) } : null;
  };
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // The brush and the link once both zooms have ended: the same on two reads in a row. (The
  // first zoom's window reaches the link before the second's.)
  let previous: { box: Awaited<ReturnType<typeof brushBox>>; view: string | null } | null = null;
  await expect
    .poll(async () => {
      const now = { box: await brushBox(), view: new URL(page.url()).searchParams.get('view') };
      const settled =
        now.box !== null && now.view !== null && JSON.stringify(now) === JSON.stringify(previous);
      previous = now;
      return settled;
    })
    .toBe(true);
  const zoomed = previous!.box;
  const zoomedView = previous!.view;

  await page.getByRole('list', { name: 'Events', exact: true }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/events\//);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBe(zoomedView);
  await expect.poll(brushBox).not.toEqual(zoomed);

  await page.goBack();
  await expect(page).not.toHaveURL(/\/events\//);
  expect(new URL(page.url()).searchParams.get('view')).toBe(zoomedView);
  // The window the link names, to within the rounding the link's dates allow.
  await expect
    .poll(async () => {
      const { x, width } = (await brushBox())!;
      return Math.abs(x - zoomed!.x) <= 6 && Math.abs(width - zoomed!.width) <= 6;
    })
    .toBe(true);
});

test('the window an opened event moves to stays in the link, after closing and on reload', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=2015..2017');
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  await page
    .getByRole('list', { name: 'Events', exact: true })
    .getByRole('link', { name: /Colossus supercomputer online/ })
    .click();
  await expect(page).toHaveURL(/\/events\/colossus-online/);
  // The timeline moves to the event (September 2024), and the link follows it.
  const colossusMs = Date.parse('2024-09-02');
  await expect
    .poll(() => {
      const [startMs, endMs] = viewOf(page) ?? [0, 0];
      return startMs <= colossusMs && colossusMs <= endMs;
    })
    .toBe(true);
  const shown = viewOf(page);

  await timeline(page).focus();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/events\//);
  expect(viewOf(page)).toEqual(shown);
  await page.reload();
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  expect(viewOf(page)).toEqual(shown);
});

test('Back while an opened event is still moving into view leaves the earlier link alone', async ({
  page,
}) => {
  // A link without a window: Back has none to bring back, so the move keeps going.
  await page.goto('/?lang=en');
  await expect(plot(page)).toHaveAttribute('data-axis-unit', /.+/);
  await page
    .getByRole('list', { name: 'Events', exact: true })
    .getByRole('link', { name: /Colossus supercomputer online/ })
    .click();
  await page.goBack();
  await expect(page).not.toHaveURL(/\/events\//);
  // Past the end of the move's animation.
  await page.waitForTimeout(600);
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
});
