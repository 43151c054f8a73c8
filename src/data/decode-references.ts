// Cross-record checks: kinds, people, organizations and related events must exist.
import type { DecodeWarning } from './decode-result';
import { parsePartialDate } from './partial-date';
import type { Affiliation, TimelineEvent } from './schema';

export function checkEvent(
  event: TimelineEvent,
  kindIds: Set<string>,
  personIds: Set<string>,
  orgIds: Set<string>,
  warnings: DecodeWarning[],
): TimelineEvent[] {
  if (!kindIds.has(event.kind)) {
    warnings.push({
      record: 'event',
      id: event.id,
      code: 'unknown-kind',
      detail: `kind: "${event.kind}" is not one of the dataset's kinds`,
      skipped: true,
    });
    return [];
  }
  const result = event;
  const strip = (field: 'people' | 'organizations', known: Set<string>) => {
    const values = result[field];
    if (!values) return;
    const unknown = values.filter((id) => !known.has(id));
    if (unknown.length === 0) return;
    warnings.push({
      record: 'event',
      id: event.id,
      code: 'unknown-reference',
      detail: `${field}: ${unknown.map((id) => `"${id}"`).join(', ')} not found`,
      skipped: false,
    });
    result[field] = values.filter((id) => known.has(id));
  };
  strip('people', personIds);
  strip('organizations', orgIds);
  if (result.endDate !== undefined) {
    const start = parsePartialDate(result.date)!;
    const end = parsePartialDate(result.endDate)!;
    if (end.endMs < start.endMs) {
      warnings.push({
        record: 'event',
        id: event.id,
        code: 'end-before-start',
        detail: `endDate: ${result.endDate} is before date ${result.date}`,
        skipped: false,
      });
      delete result.endDate;
    }
  }
  return [result];
}

export function keepKnownAffiliations(
  personId: string,
  affiliations: Affiliation[],
  orgIds: Set<string>,
  warnings: DecodeWarning[],
): Affiliation[] {
  return affiliations.filter((affiliation) => {
    if (orgIds.has(affiliation.org)) return true;
    warnings.push({
      record: 'person',
      id: personId,
      code: 'unknown-reference',
      detail: `affiliations: organization "${affiliation.org}" not found`,
      skipped: false,
    });
    return false;
  });
}

export function keepKnownRelated(
  event: TimelineEvent,
  eventIds: Set<string>,
  warnings: DecodeWarning[],
): TimelineEvent {
  if (!event.related) return event;
  const unknown = event.related.filter((id) => !eventIds.has(id));
  if (unknown.length === 0) return event;
  warnings.push({
    record: 'event',
    id: event.id,
    code: 'unknown-reference',
    detail: `related: ${unknown.map((id) => `"${id}"`).join(', ')} not found`,
    skipped: false,
  });
  return { ...event, related: event.related.filter((id) => eventIds.has(id)) };
}
