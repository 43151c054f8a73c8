// A person's affiliations as time spans with the organization's name and role.
import type { Catalog } from '../data/catalog';
import { parsePartialDate } from '../data/partial-date';
import { resolveText } from '../i18n/resolve-text';
import type { AffiliationSpan } from './lane-types';

export function collectAffiliations(
  catalog: Catalog,
  personId: string,
  lang: string,
): AffiliationSpan[] {
  const person = catalog.people.find((candidate) => candidate.id === personId);
  if (!person?.affiliations) return [];
  const spans: AffiliationSpan[] = [];
  for (const affiliation of person.affiliations) {
    const start = parsePartialDate(affiliation.start);
    if (!start) continue;
    const end = affiliation.end ? parsePartialDate(affiliation.end) : null;
    const org = catalog.organizations.find((candidate) => candidate.id === affiliation.org);
    spans.push({
      orgId: affiliation.org,
      label: org ? resolveText(org.name, lang) : affiliation.org,
      role: resolveText(affiliation.role, lang),
      startMs: start.startMs,
      endMs: end ? Math.max(end.endMs, start.endMs) : Infinity,
    });
  }
  return spans.sort((a, b) => a.startMs - b.startMs);
}
