// Draws public/og-image.png (1200×630), the picture chat apps and social sites show when a
// link to the site or an event is shared. Run it again when the dataset's title or kinds
// change: tsx scripts/make-og-image.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { resolveChromium } from '../tests/e2e/chromium.ts';
import { decodeDataset } from '../src/data/decode.ts';
import { resolveText } from '../src/i18n/resolve-text.ts';
import { escapeHtml } from '../src/share/escape-html.ts';

const decoded = decodeDataset(readFileSync('public/data/events.json', 'utf8'));
if (!decoded.ok) throw new Error('public/data/events.json does not decode');
const { catalog } = decoded;
const [startMs, endMs] = catalog.extentMs;
const palette = ['#0072B2', '#B35300', '#007A5A', '#B0306F'];

// One row of marks per kind, placed by date: a quiet picture of the real data.
const lanes = catalog.kinds
  .map((kind, lane) => {
    const color = kind.color ?? palette[lane % palette.length]!;
    const marks = Array.from(catalog.eventsByKind[lane] ?? [], (index) => {
      const x = 60 + ((catalog.startMs[index]! - startMs) / Math.max(1, endMs - startMs)) * 1080;
      const r = catalog.importance[index] === 1 ? 9 : 6;
      return `<circle cx="${x.toFixed(1)}" cy="${40 + lane * 52}" r="${r}" fill="${color}" fill-opacity="0.85"/>`;
    }).join('');
    return `<line x1="40" x2="1160" y1="${40 + lane * 52}" y2="${40 + lane * 52}" stroke="#cbd5e1"/>${marks}
      <text x="40" y="${28 + lane * 52}" font-size="18" fill="#475569">${escapeHtml(resolveText(kind.label, 'en'))}</text>`;
  })
  .join('');

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;font-family:system-ui,'DejaVu Sans',sans-serif;background:#f8fafc;color:#0f172a">
  <div style="padding:56px 60px 0"><div style="font-size:30px;font-weight:600;color:#1d4ed8">Timeline Explorer</div>
  <div style="margin-top:14px;font-size:52px;font-weight:700;line-height:1.12">${escapeHtml(resolveText(catalog.title, 'en'))}</div></div>
  <svg width="1200" height="240" style="position:absolute;left:0;bottom:36px">${lanes}</svg></body></html>`;

const browser = await chromium.launch({
  executablePath: resolveChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log(`wrote public/og-image.png (${catalog.events.length} events)`);
