// schema.org data for an event page: an Event, with the people and organizations it is
// about and the articles it is sourced from (subjectOf: the works that are about it).
import type { Catalog } from '../../src/data/catalog.ts';
import type { TimelineEvent } from '../../src/data/schema.ts';
import { resolveText } from '../../src/i18n/resolve-text.ts';

export function buildEventJsonLd(
  catalog: Catalog,
  event: TimelineEvent,
  pageUrl: string,
  rootUrl: string,
) {
  const people = new Map(catalog.people.map((person) => [person.id, person]));
  const orgs = new Map(catalog.organizations.map((org) => [org.id, org]));
  const about = [
    ...(event.people ?? []).map((id) => ({
      '@type': 'Person',
      name: resolveText(people.get(id)?.name, 'en') || id,
    })),
    ...(event.organizations ?? []).map((id) => {
      const org = orgs.get(id);
      return {
        '@type': 'Organization',
        name: resolveText(org?.name, 'en') || id,
        ...(org?.url ? { url: org.url } : {}),
      };
    }),
  ];
  const summary = resolveText(event.summary, 'en');
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: resolveText(event.title, 'en'),
    startDate: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...(summary ? { description: summary } : {}),
    url: pageUrl,
    ...(about.length > 0 ? { about } : {}),
    ...(event.tags?.length ? { keywords: event.tags.join(', ') } : {}),
    subjectOf: event.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      url: source.url,
      ...(source.publisher
        ? { publisher: { '@type': 'Organization', name: source.publisher } }
        : {}),
      ...(source.date ? { datePublished: source.date } : {}),
      ...(source.lang ? { inLanguage: source.lang } : {}),
    })),
    isPartOf: { '@type': 'WebSite', name: 'Timeline Explorer', url: rootUrl },
  };
}
