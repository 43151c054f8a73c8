// Coverage of a dataset, for `npm run data:report` and the data checks: what is there by kind,
// year and organization, and where something is missing.
import type { Dataset } from './schema';

export interface DatasetReport {
  events: number;
  people: number;
  organizations: number;
  byKind: Record<string, number>;
  byYear: Record<string, number>;
  byOrganization: Record<string, number>;
  gaps: string[];
}

export const COVERAGE_TARGETS = {
  events: 120,
  perKind: 20,
  people: 40,
  organizations: 25,
  careers: 15,
};

export function reportDataset(dataset: Dataset, todayIso: string): DatasetReport {
  const count = (keys: string[]) =>
    keys.reduce<Record<string, number>>(
      (counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }),
      {},
    );
  const byKind = count(dataset.events.map((event) => event.kind));
  const byYear = count(dataset.events.map((event) => event.date.slice(0, 4)));
  const byOrganization = count(dataset.events.flatMap((event) => event.organizations ?? []));
  const gaps: string[] = [];
  const languages = dataset.languages.filter((lang) => lang !== 'en');

  if (dataset.events.length < COVERAGE_TARGETS.events)
    gaps.push(`only ${dataset.events.length} events (target ${COVERAGE_TARGETS.events})`);
  for (const kind of dataset.kinds) {
    if ((byKind[kind.id] ?? 0) < COVERAGE_TARGETS.perKind)
      gaps.push(
        `kind ${kind.id}: ${byKind[kind.id] ?? 0} events (target ${COVERAGE_TARGETS.perKind})`,
      );
  }
  if (dataset.people.length < COVERAGE_TARGETS.people)
    gaps.push(`only ${dataset.people.length} people`);
  if (dataset.organizations.length < COVERAGE_TARGETS.organizations)
    gaps.push(`only ${dataset.organizations.length} organizations`);
  const careers = dataset.people.filter((person) => (person.affiliations?.length ?? 0) >= 2).length;
  if (careers < COVERAGE_TARGETS.careers)
    gaps.push(`only ${careers} people with two or more affiliations`);

  const years = Object.keys(byYear)
    .map(Number)
    .sort((a, b) => a - b);
  for (let year = years[0] ?? 0; year <= (years.at(-1) ?? 0); year++) {
    if (!byYear[String(year)]) gaps.push(`no events in ${year}`);
  }
  for (const event of dataset.events) {
    if (event.date > todayIso) gaps.push(`${event.id}: dated in the future (${event.date})`);
    if (event.sources.length === 0) gaps.push(`${event.id}: no source`);
    if (event.importance === undefined) gaps.push(`${event.id}: no importance`);
    // A source's date is when it was published. Encyclopedias and timeline sites have none
    // to give, so only the publisher is required.
    for (const source of event.sources) {
      if (!source.publisher) gaps.push(`${event.id}: source without publisher (${source.url})`);
    }
    for (const lang of languages) {
      for (const [field, text] of [
        ['title', event.title],
        ['summary', event.summary],
      ] as const) {
        if (typeof text !== 'object' || !text[lang])
          gaps.push(`${event.id}: ${field} has no "${lang}" text`);
      }
    }
  }
  const used = new Set([
    ...Object.keys(byOrganization),
    ...dataset.people.flatMap((person) =>
      (person.affiliations ?? []).map((affiliation) => affiliation.org),
    ),
  ]);
  for (const org of dataset.organizations)
    if (!used.has(org.id)) gaps.push(`organization ${org.id}: no events and no affiliations`);
  return {
    events: dataset.events.length,
    people: dataset.people.length,
    organizations: dataset.organizations.length,
    byKind,
    byYear,
    byOrganization,
    gaps,
  };
}
