// The site-wide files next to the event pages: the enriched root page, 404.html, the
// sitemap and robots.txt.
import type { Catalog } from '../../src/data/catalog.ts';
import { resolveText } from '../../src/i18n/resolve-text.ts';
import { escapeHtml, serializeJsonForScript, truncateText } from './escape-html.ts';
import { setHead, setNoscript } from './html-template.ts';
import { eventPagePath } from './render-event-page.ts';
import { formatDateRange } from '../../src/i18n/format-date.ts';
import { buildSocialTags, SITE_NAME, type ShareImage } from './social-tags.ts';
import type { SiteConfig } from './site-config.ts';

/** The root page keeps its own title and description and gains canonical and share tags. */
export function renderRootPage(
  template: string,
  catalog: Catalog,
  site: SiteConfig,
  image?: ShareImage,
): string {
  const url = `${site.origin}${site.base}`;
  const datasetTitle = resolveText(catalog.title, 'en');
  const title = /<title>([\s\S]*?)<\/title>/.exec(template)?.[1] ?? SITE_NAME;
  const description =
    /<meta\s+name="description"\s+content="([^"]*)"/.exec(template)?.[1] ??
    escapeHtml(truncateText(resolveText(catalog.description, 'en') || datasetTitle, 200));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url,
    description: datasetTitle,
  };
  const page = setHead(template, {
    title,
    description,
    tags: [
      ...buildSocialTags({
        title: `${SITE_NAME}: ${datasetTitle}`,
        description: unescapeAttribute(description),
        url,
        type: 'website',
        image,
      }),
      `<script type="application/ld+json">${serializeJsonForScript(jsonLd)}</script>`,
    ],
  });
  // Without JavaScript (and for crawlers), the root page lists every event's own page.
  return setNoscript(
    page,
    'Turn on JavaScript for the interactive timeline. Every event also has a page of its own:',
    {
      before: `<h1 class="mt-6 mb-2 text-2xl font-semibold">${escapeHtml(datasetTitle)}</h1>`,
      after: renderEventIndex(catalog, site),
    },
  );
}

/**
 * The most events the root page lists: it is the app's shell, which every visitor downloads.
 * A larger dataset lists its headline events, and the sitemap has every page.
 */
const ROOT_INDEX_LIMIT = 300;

function renderEventIndex(catalog: Catalog, site: SiteConfig): string {
  const all = catalog.events;
  const listed =
    all.length <= ROOT_INDEX_LIMIT
      ? all
      : all.filter((event) => event.importance === 1).slice(0, ROOT_INDEX_LIMIT);
  const items = listed.map(
    (event) =>
      `<li><time datetime="${escapeHtml(event.date)}">${escapeHtml(formatDateRange(event.date, event.endDate, 'en'))}</time>: <a class="text-blue-700 underline" href="${escapeHtml(eventPagePath(site.base, event.id))}">${escapeHtml(resolveText(event.title, 'en'))}</a></li>`,
  );
  const rest =
    listed.length < all.length
      ? `<p class="mt-3 text-sm">${escapeHtml(`${all.length - listed.length} more events are listed in`)} <a class="text-blue-700 underline" href="${escapeHtml(`${site.base}sitemap.xml`)}">sitemap.xml</a>.</p>`
      : '';
  return `<ul class="mt-3 list-disc space-y-1 pl-5 text-sm">${items.join('')}</ul>${rest}`;
}

/** Static hosts serve 404.html for unknown paths; it boots the app, which shows "not found". */
export function renderNotFoundPage(template: string): string {
  return template.replace(/<\/title>/, '</title>\n    <meta name="robots" content="noindex" />');
}

export function renderSitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function renderRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${sitemapUrl}\n`;
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
