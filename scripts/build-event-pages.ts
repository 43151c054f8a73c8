// Runs after `vite build`: writes dist/events/<id>/index.html for every event of the
// default dataset (so shared links unfurl and read without JavaScript, and a static host
// needs no rewrite rules), plus sitemap.xml, robots.txt and 404.html.
//
//   SITE_URL=https://owner.github.io tsx scripts/build-event-pages.ts [--base /repo/] [--dist dist]
//
// SITE_URL is the public origin (default http://127.0.0.1:4173). The base path is read from
// the built index.html; --base (or BASE_PATH) is optional and must match what Vite used.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeDataset } from '../src/data/decode.ts';
import { DEFAULT_DATASET_PATH } from '../src/data/dataset-url.ts';
import { absolutizeRelativeUrls, stripGeneratedHead } from './event-pages/html-template.ts';
import { eventPagePath, renderEventPage } from './event-pages/render-event-page.ts';
import {
  renderNotFoundPage,
  renderRobots,
  renderRootPage,
  renderSitemap,
} from './event-pages/render-site-files.ts';
import { DEFAULT_SITE_URL, resolveSiteConfig } from './event-pages/site-config.ts';
import { siteShareImage } from './event-pages/social-tags.ts';
import { resolveText } from '../src/i18n/resolve-text.ts';

const OG_IMAGE = 'og-image.png';
const ROBOTS_MARK = '# written by scripts/build-event-pages.ts';

function main(argv: readonly string[]): void {
  const distIndex = argv.indexOf('--dist');
  const dist = resolve(distIndex >= 0 && argv[distIndex + 1] ? argv[distIndex + 1]! : 'dist');
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: run vite build first.`);
  const built = stripGeneratedHead(readFileSync(indexPath, 'utf8'));
  const site = resolveSiteConfig({ argv, env: process.env, indexHtml: built });
  const template = absolutizeRelativeUrls(built, site.base);

  const decoded = decodeDataset(readFileSync(join(dist, DEFAULT_DATASET_PATH), 'utf8'));
  if (!decoded.ok)
    throw new Error(
      `${DEFAULT_DATASET_PATH}: ${decoded.error.code}: ${decoded.error.problems.join('; ')}`,
    );
  const { catalog, warnings } = decoded;
  const image = existsSync(join(dist, OG_IMAGE))
    ? siteShareImage(`${site.origin}${site.base}${OG_IMAGE}`, resolveText(catalog.title, 'en'))
    : undefined;

  rmSync(join(dist, 'events'), { recursive: true, force: true });
  for (const event of catalog.events) {
    write(
      join(dist, 'events', event.id, 'index.html'),
      renderEventPage(template, event, { catalog, site, image }),
    );
  }
  write(indexPath, renderRootPage(template, catalog, site, image));
  write(join(dist, '404.html'), renderNotFoundPage(template));
  const rootUrl = `${site.origin}${site.base}`;
  const urls = [
    rootUrl,
    ...catalog.events.map((event) => `${site.origin}${eventPagePath(site.base, event.id)}`),
  ];
  write(join(dist, 'sitemap.xml'), renderSitemap(urls));
  // A robots.txt from public/ wins; ours (marked) is rewritten on every run.
  const robots = join(dist, 'robots.txt');
  if (!existsSync(robots) || readFileSync(robots, 'utf8').startsWith(ROBOTS_MARK)) {
    write(robots, `${ROBOTS_MARK}\n${renderRobots(`${rootUrl}sitemap.xml`)}`);
  }

  const skipped = warnings.filter((warning) => warning.skipped).length;
  console.log(
    `event pages: ${catalog.events.length} under ${rootUrl}events/ (+ sitemap.xml, 404.html)` +
      (skipped > 0 ? `; ${skipped} invalid events skipped` : '') +
      (image ? '' : `; no ${OG_IMAGE}, so no share image`),
  );
  // Canonical links, share tags and the sitemap name this origin: right for a local preview,
  // wrong for a public site built without SITE_URL.
  if (!process.env.SITE_URL)
    console.warn(
      `event pages: SITE_URL is not set, so links, share tags and the sitemap point at ${DEFAULT_SITE_URL}; ` +
        'set SITE_URL=https://your.host when building for a public site.',
    );
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`build-event-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
