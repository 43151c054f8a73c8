// Exports of the current view from the Export menu: the timeline as SVG and PNG (what is on
// screen, with title and legend), and the shown events as CSV and dataset JSON.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

const TITLE = 'The AI industry: foundings, departures, launches and controversies';
const KINDS = ['Founding', 'Departure', 'Launch', 'Controversy'];

async function openDefault(page: Page) {
  await page.goto('/?lang=en');
  await expect(page.getByRole('application', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('[data-part="plot"]')).toHaveAttribute('data-axis-unit', /year/);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
}

async function exportAs(page: Page, item: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

/** Parses the SVG with the browser's own XML parser and reads what the test needs. */
function readSvg(page: Page, markup: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = (selector: string) =>
      Array.from(doc.querySelectorAll(selector), (node) => node.textContent ?? '');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('title')?.textContent,
      legend: all('[data-legend-item]'),
      labels: Array.from(doc.querySelectorAll('[data-label]'), (node) =>
        node.getAttribute('data-label'),
      ),
      plotWidth: Number(doc.querySelector('[data-part="plot"]')?.getAttribute('width')),
    };
  }, markup);
}

const screenLabels = (page: Page) =>
  page
    .locator('[data-part="plot"] [data-event-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));

test('Export -> SVG saves the view with its title, legend and the labels on screen', async ({
  page,
}) => {
  await openDefault(page);
  // A zoomed view, so "what is on screen" is not simply everything.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('[data-part="plot"]')).toHaveAttribute('data-axis-unit', /year|month/);
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
  const download = await exportAs(page, 'Timeline as SVG');
  expect(download.suggestedFilename()).toBe('the-ai-industry-foundings-departures-timeline.svg');
  const svg = await readSvg(page, readFileSync(await download.path(), 'utf8'));
  expect(svg.error).toBeNull();
  expect(svg.title).toBe(TITLE);
  expect(svg.legend).toEqual(KINDS);
  const plotBox = (await page.locator('[data-part="plot"]').boundingBox())!;
  expect(svg.plotWidth).toBe(Math.round(plotBox.width));
  expect(svg.labels.length).toBeGreaterThan(3);
  expect([...svg.labels].sort()).toEqual((await screenLabels(page)).sort());
});

test('Export -> PNG saves a PNG at least twice as wide as the plot', async ({ page }) => {
  await openDefault(page);
  const download = await exportAs(page, 'Timeline as PNG');
  expect(download.suggestedFilename()).toMatch(/-timeline\.png$/);
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height are the first two big-endian words of the first chunk.
  const widthPx = png.readUInt32BE(16);
  const heightPx = png.readUInt32BE(20);
  const plotBox = (await page.locator('[data-part="plot"]').boundingBox())!;
  expect(widthPx).toBeGreaterThanOrEqual(2 * plotBox.width);
  expect(heightPx).toBeGreaterThanOrEqual(2 * plotBox.height);
});

test('Export -> CSV and JSON save the shown events', async ({ page }) => {
  await openDefault(page);
  const status = await page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .textContent();
  const shown = Number(/Showing (\d+)/.exec(status ?? '')?.[1]);
  const csv = await exportAs(page, 'Events as CSV');
  expect(csv.suggestedFilename()).toMatch(/^the-ai-industry-.*\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  expect(csvText.split('\r\n')[0]).toMatch(/^id,date,end_date,kind,title,/);
  const json = await exportAs(page, 'Events as JSON (dataset)');
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const dataset = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(dataset.schemaVersion).toBe(1);
  expect(dataset.events).toHaveLength(shown);
});
