// A person's affiliations as time spans with the organization's name and role, each in a bar
// row of its own when it overlaps another.
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
  const spans: UnplacedAffiliation[] = [];
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
      handOverMs: end ? Math.max(end.startMs, start.startMs) : Infinity,
    });
  }
  return assignAffiliationRows(spans.sort((a, b) => a.startMs - b.startMs));
}

/** A lane stacks at most this many bar rows; any further overlap shares a row. */
export const MAX_AFFILIATION_ROWS = 3;

export interface UnplacedAffiliation extends Omit<AffiliationSpan, 'row'> {
  /**
   * From when the row is free for the next role: the start of the end date's period. A role
   * that ends "2019-03" hands over to one that starts "2019-03" on the same row.
   */
  handOverMs: number;
}

/**
 * Puts each span (sorted by start) in the first row that is free by its start, opening a new
 * row while there are fewer than the maximum: concurrent roles are all readable, and a career
 * of one role after another stays on one row.
 */
export function assignAffiliationRows(spans: readonly UnplacedAffiliation[]): AffiliationSpan[] {
  const rowFreeMs: number[] = [];
  return spans.map(({ handOverMs, ...span }) => {
    let row = rowFreeMs.findIndex((freeMs) => freeMs <= span.startMs);
    if (row < 0 && rowFreeMs.length < MAX_AFFILIATION_ROWS) row = rowFreeMs.length;
    // Every row is taken: share the one that frees up first.
    if (row < 0) row = rowFreeMs.indexOf(Math.min(...rowFreeMs));
    rowFreeMs[row] = Math.max(rowFreeMs[row] ?? -Infinity, handOverMs);
    return { ...span, row };
  });
}

/** Bar rows a lane needs for its affiliations. */
export function affiliationRowCount(spans: readonly AffiliationSpan[]): number {
  return spans.reduce((rows, span) => Math.max(rows, span.row + 1), 0);
}
