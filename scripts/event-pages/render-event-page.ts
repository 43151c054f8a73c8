// One event's page: the app's index.html with the event's own head (title, description,
// canonical, Open Graph, Twitter card, JSON-LD) and its text as plain HTML for readers
// and crawlers without JavaScript.
import type { Catalog } from '../../src/data/catalog.ts';
import type { TimelineEvent } from '../../src/data/schema.ts';
import { formatDateRange, formatPartialDateLabel } from '../../src/i18n/format-date.ts';
import { resolveText } from '../../src/i18n/resolve-text.ts';
import { escapeHtml, serializeJsonForScript, truncateText } from './escape-html.ts';
import { buildEventJsonLd } from './event-json-ld.ts';
import { setHead, setNoscript, setRootContent } from './html-template.ts';
import { buildSocialTags, SITE_NAME, type ShareImage } from './social-tags.ts';
import type { SiteConfig } from './site-config.ts';

export interface PageContext {
  catalog: Catalog;
  site: SiteConfig;
  /** Absolute URL of the share image, when the site has one. */
  image?: ShareImage;
}

export function eventPagePath(base: string, id: string): string {
  return `${base}events/${encodeURIComponent(id)}/`;
}

export function renderEventPage(
  template: string,
  event: TimelineEvent,
  context: PageContext,
): string {
  const { site } = context;
  const pageUrl = `${site.origin}${eventPagePath(site.base, event.id)}`;
  const title = resolveText(event.title, 'en');
  const summary = resolveText(event.summary, 'en');
  const description = truncateText(
    summary || `${title}, ${formatDateRange(event.date, event.endDate, 'en')}.`,
    200,
  );
  const jsonLd = buildEventJsonLd(context.catalog, event, pageUrl, `${site.origin}${site.base}`);
  const head = setHead(template, {
    title: escapeHtml(`${title} — ${SITE_NAME}`),
    description: escapeHtml(description),
    tags: [
      ...buildSocialTags({
        title,
        description,
        url: pageUrl,
        type: 'article',
        image: context.image,
      }),
      `<script type="application/ld+json">${serializeJsonForScript(jsonLd)}</script>`,
    ],
  });
  const page = setRootContent(head, renderEventBody(event, context));
  return setNoscript(
    page,
    'Turn on JavaScript to see this event on the interactive timeline, with its related events, filters and search.',
  );
}

function renderEventBody(event: TimelineEvent, { catalog, site }: PageContext): string {
  const kind = catalog.kinds.find((candidate) => candidate.id === event.kind);
  const nameOf = (list: { id: string; name: Catalog['title'] }[], id: string) =>
    resolveText(list.find((item) => item.id === id)?.name, 'en') || id;
  const people = (event.people ?? []).map((id) => nameOf(catalog.people, id));
  const orgs = (event.organizations ?? []).map((id) => nameOf(catalog.organizations, id));
  const related = (event.related ?? []).flatMap((id) => {
    const index = catalog.indexById.get(id);
    const other = index === undefined ? undefined : catalog.events[index];
    return other ? [other] : [];
  });
  const summary = resolveText(event.summary, 'en');
  const parts = [
    `<p class="text-sm text-slate-600"><time datetime="${escapeHtml(event.date)}">${escapeHtml(formatDateRange(event.date, event.endDate, 'en'))}</time>${kind ? ` · ${escapeHtml(resolveText(kind.label, 'en'))}` : ''}</p>`,
    `<h1 class="mt-1 text-2xl font-semibold">${escapeHtml(resolveText(event.title, 'en'))}</h1>`,
    summary ? `<p class="mt-4 leading-relaxed">${escapeHtml(summary)}</p>` : '',
    people.length > 0
      ? `<p class="mt-4 text-sm"><strong>People:</strong> ${escapeHtml(people.join(', '))}</p>`
      : '',
    orgs.length > 0
      ? `<p class="mt-1 text-sm"><strong>Organizations:</strong> ${escapeHtml(orgs.join(', '))}</p>`
      : '',
    event.sources.length > 0
      ? `<h2 class="mt-6 text-lg font-semibold">Sources</h2>\n<ul class="mt-2 list-disc space-y-1 pl-5">${event.sources.map(renderSource).join('')}</ul>`
      : '',
    related.length > 0
      ? `<h2 class="mt-6 text-lg font-semibold">Related events</h2>\n<ul class="mt-2 list-disc space-y-1 pl-5">${related
          .map(
            (other) =>
              `<li><a class="text-blue-700 underline" href="${escapeHtml(eventPagePath(site.base, other.id))}">${escapeHtml(resolveText(other.title, 'en'))}</a> <span class="text-slate-600">(${escapeHtml(formatDateRange(other.date, other.endDate, 'en'))})</span></li>`,
          )
          .join('')}</ul>`
      : '',
  ];
  return [
    '<div class="mx-auto max-w-2xl p-4 sm:p-8">',
    `<p class="mb-6 text-sm"><a class="text-blue-700 underline" href="${escapeHtml(site.base)}">${escapeHtml(SITE_NAME)}: ${escapeHtml(resolveText(catalog.title, 'en'))}</a></p>`,
    `<main><article>${parts.filter(Boolean).join('\n')}</article></main>`,
    '</div>',
  ].join('\n');
}

function renderSource(source: TimelineEvent['sources'][number]): string {
  const details = [
    source.publisher,
    source.date ? formatPartialDateLabel(source.date, 'en') : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const lang = source.lang ? ` hreflang="${escapeHtml(source.lang)}"` : '';
  return `<li><a class="text-blue-700 underline" href="${escapeHtml(source.url)}" rel="noopener noreferrer"${lang}>${escapeHtml(source.title)}</a>${details ? ` <span class="text-slate-600">— ${escapeHtml(details)}</span>` : ''}</li>`;
}
