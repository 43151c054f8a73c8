// Cross-record checks: kinds, people, organizations and related events must exist.
import type { DecodeWarning } from './decode-result';
import { parsePartialDate } from './partial-date';
import type { Affiliation, TimelineEvent } from './schema';

/** The event with unknown references stripped, or null when its kind is unknown. */
export function checkEvent(
  event: TimelineEvent,
  kindIds: Set<string>,
  personIds: Set<string>,
  orgIds: Set<string>,
  warnings: DecodeWarning[],
): TimelineEvent | null {
  if (!kindIds.has(event.kind)) {
    warnings.push({
      record: 'event',
      id: event.id,
      code: 'unknown-kind',
      detail: `kind: "${event.kind}" is not one of the dataset's kinds`,
      skipped: true,
    });
    return null;
  }
  // Records may be the file's own objects (see decodeRecords' `exact`): never change them in
  // place, so a repaired record is always a new object. This runs for every event, so the
  // common case (every reference known) allocates nothing.
  let result = event;
  if (!allKnown(result.people, personIds))
    result = withKnownOnly(result, 'people', personIds, warnings);
  if (!allKnown(result.organizations, orgIds))
    result = withKnownOnly(result, 'organizations', orgIds, warnings);
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
      const { endDate: _dropped, ...withoutEnd } = result;
      result = withoutEnd;
    }
  }
  return result;
}

function allKnown(ids: readonly string[] | undefined, known: Set<string>): boolean {
  if (!ids) return true;
  for (const id of ids) if (!known.has(id)) return false;
  return true;
}

/** A copy of `event` without the ids in `field` that `known` lacks, with a warning naming them. */
function withKnownOnly(
  event: TimelineEvent,
  field: 'people' | 'organizations',
  known: Set<string>,
  warnings: DecodeWarning[],
): TimelineEvent {
  const values = event[field] ?? [];
  const unknown = values.filter((id) => !known.has(id));
  warnings.push({
    record: 'event',
    id: event.id,
    code: 'unknown-reference',
    detail: `${field}: ${unknown.map((id) => `"${id}"`).join(', ')} not found`,
    skipped: false,
  });
  return { ...event, [field]: values.filter((id) => known.has(id)) };
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
