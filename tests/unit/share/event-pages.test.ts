import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { makeSyntheticDataset } from '../../fixtures/make-dataset';
import {
  escapeHtml,
  serializeJsonForScript,
  truncateText,
} from '../../../scripts/event-pages/escape-html';
import {
  absolutizeRelativeUrls,
  setHead,
  stripGeneratedHead,
} from '../../../scripts/event-pages/html-template';
import { renderEventPage } from '../../../scripts/event-pages/render-event-page';
import { renderRootPage, renderSitemap } from '../../../scripts/event-pages/render-site-files';
import { resolveSiteConfig } from '../../../scripts/event-pages/site-config';
import { siteShareImage } from '../../../scripts/event-pages/social-tags';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Explore the timeline." />
    <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
    <title>Timeline Explorer</title>
    <script type="module" crossorigin src="/sub/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Needs JavaScript.</noscript>
  </body>
</html>`;

const HOSTILE = '</title><script>alert("x")</script> & "quotes"';
const decoded = decodeDataset({
  schemaVersion: 1,
  title: 'Test <data>',
  languages: ['en'],
  kinds: [{ id: 'launch', label: 'Launch' }],
  people: [{ id: 'ada', name: 'Ada <b>Lovelace</b>' }],
  organizations: [],
  events: [
    {
      id: 'hostile',
      date: '2025-08',
      kind: 'launch',
      title: HOSTILE,
      summary: 'A summary with </script><!-- and <img src=x onerror=alert(1)>.',
      people: ['ada'],
      sources: [
        {
          url: 'https://example.com/?a=1&b="2"',
          title: 'Source <i>one</i>',
          publisher: 'Example',
          date: '2025-08-14',
        },
      ],
      related: ['other'],
    },
    { id: 'other', date: '2024', kind: 'launch', title: 'Other', sources: [] },
  ],
});
if (!decoded.ok) throw new Error('fixture must decode');
const { catalog } = decoded;
const site = { origin: 'https://owner.github.io', base: '/sub/' };
const page = renderEventPage(absolutizeRelativeUrls(TEMPLATE, site.base), catalog.events[1]!, {
  catalog,
  site,
});

describe('renderEventPage', () => {
  it('names the event in <title>, og:title and the canonical URL', () => {
    expect(page).toContain(`<title>${escapeHtml(HOSTILE)} — Timeline Explorer</title>`);
    expect(page).toContain(`<meta property="og:title" content="${escapeHtml(HOSTILE)}" />`);
    expect(page).toContain(
      '<link rel="canonical" href="https://owner.github.io/sub/events/hostile/" />',
    );
    expect(page).toContain('<meta property="og:type" content="article" />');
  });

  it('escapes every dataset string: no markup from the data reaches the page', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>Lovelace');
    expect(page).not.toContain('<i>one');
    expect(page.match(/<\/script>/g)).toHaveLength(2); // the app's module script and the JSON-LD block
  });

  it('carries JSON-LD that parses back to the event', () => {
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      '@type': 'Event',
      name: HOSTILE,
      startDate: '2025-08',
      url: 'https://owner.github.io/sub/events/hostile/',
    });
    expect(data.subjectOf[0]).toMatchObject({
      url: 'https://example.com/?a=1&b="2"',
      name: 'Source <i>one</i>',
    });
  });

  it('puts the date, summary, sources and related links inside #root as plain HTML', () => {
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(page)?.[1] ?? '';
    expect(root).toContain('<time datetime="2025-08">August 2025</time>');
    expect(root).toContain('A summary with &lt;/script&gt;&lt;!-- and');
    expect(root).toContain('href="https://example.com/?a=1&amp;b=&quot;2&quot;"');
    expect(root).toContain('href="/sub/events/other/"');
    expect(page).toContain('href="/sub/favicon.svg"');
  });
});

describe('page head editing', () => {
  it('can run again on its own output without adding tags twice', () => {
    const once = setHead(TEMPLATE, { title: 'T', description: 'D', tags: ['<meta name="x" />'] });
    const twice = setHead(stripGeneratedHead(once), {
      title: 'T',
      description: 'D',
      tags: ['<meta name="x" />'],
    });
    expect(twice).toBe(once);
  });

  it('fails loudly when index.html lost an anchor', () => {
    expect(() =>
      setHead('<html><head></head></html>', { title: 'T', description: 'D', tags: [] }),
    ).toThrow(/<title>/);
  });

  it('keeps the root page title and adds share tags', () => {
    const root = renderRootPage(TEMPLATE, catalog, site);
    expect(root).toContain('<title>Timeline Explorer</title>');
    expect(root).toContain('<meta property="og:url" content="https://owner.github.io/sub/" />');
    expect(root).toContain('content="Timeline Explorer: Test &lt;data&gt;"');
  });

  it('lists every event page on the root page for readers without JavaScript', () => {
    const root = renderRootPage(TEMPLATE, catalog, site);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(root)?.[1] ?? '';
    const links = [...noscript.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(catalog.events.map((event) => `/sub/events/${event.id}/`));
    expect(noscript).not.toContain('<script>alert');
    expect(noscript).toContain('<time datetime="2025-08">August 2025</time>');
  });

  it('lists only the headline events of a large dataset on the root page, and points to the sitemap', () => {
    const large = decodeDataset(makeSyntheticDataset(2000, 7));
    if (!large.ok) throw new Error('fixture must decode');
    const root = renderRootPage(TEMPLATE, large.catalog, site);
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(root)?.[1] ?? '';
    const listed = noscript.match(/<li>/g)?.length ?? 0;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(300);
    expect(noscript).toContain(`${2000 - listed} more events are listed in`);
    expect(noscript).toContain('href="/sub/sitemap.xml"');
  });

  it('describes the share image by what it shows, on the root page and on event pages', () => {
    const image = siteShareImage('https://owner.github.io/sub/og-image.png', 'Test <data>');
    const alt = '"Timeline Explorer: Test &lt;data&gt;"';
    const root = renderRootPage(TEMPLATE, catalog, site, image);
    const eventPage = renderEventPage(TEMPLATE, catalog.events[1]!, { catalog, site, image });
    for (const html of [root, eventPage]) {
      expect(html).toContain(`<meta property="og:image:alt" content=${alt} />`);
      expect(html).toContain(`<meta name="twitter:image:alt" content=${alt} />`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    }
  });
});

describe('resolveSiteConfig', () => {
  const input = { argv: [], env: {}, indexHtml: TEMPLATE };

  it('reads the base from the built asset URLs, with a default origin', () => {
    expect(resolveSiteConfig(input)).toEqual({ origin: 'http://127.0.0.1:4173', base: '/sub/' });
    expect(
      resolveSiteConfig({
        ...input,
        argv: ['--base', '/sub'],
        env: { SITE_URL: 'https://a.example/' },
      }),
    ).toEqual({
      origin: 'https://a.example',
      base: '/sub/',
    });
  });

  it('refuses a base that disagrees with the build, a relative base, and an origin with a path', () => {
    expect(() => resolveSiteConfig({ ...input, argv: ['--base=/other/'] })).toThrow(
      /built with base "\/sub\/"/,
    );
    expect(() => resolveSiteConfig({ ...input, indexHtml: '', env: { BASE_PATH: './' } })).toThrow(
      /absolute path/,
    );
    expect(() =>
      resolveSiteConfig({ ...input, env: { SITE_URL: 'https://a.example/sub' } }),
    ).toThrow(/origin only/);
    expect(() => resolveSiteConfig({ ...input, env: { SITE_URL: 'ftp://a.example' } })).toThrow(
      /http/,
    );
  });
});

describe('escaping helpers', () => {
  it('escapes HTML and keeps JSON inside a script block', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const json = serializeJsonForScript({ text: '</script><!--\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ text: '</script><!--\u2028' });
  });

  it('truncates at a word boundary', () => {
    expect(truncateText('one two three four', 12)).toBe('one two…');
    expect(truncateText('short', 12)).toBe('short');
  });

  it('writes an escaped sitemap', () => {
    expect(renderSitemap(['https://a.example/?a=1&b=2'])).toContain(
      '<loc>https://a.example/?a=1&amp;b=2</loc>',
    );
  });
});
