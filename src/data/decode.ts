// Turns untrusted JSON into a Catalog. It never throws: a file that is not a dataset is one
// error; a bad record is left out (or a bad field stripped) with a warning, the rest loads.
import { buildCatalog } from './build-catalog';
import { createRecordDecoder, decodeRecords } from './decode-records';
import { checkEvent, keepKnownAffiliations, keepKnownRelated } from './decode-references';
import type { DecodeResult, DecodeWarning } from './decode-result';
import { describeValue, isPlainObject } from './decode-util';
import { repairEvent, repairKind, repairOrganization, repairPerson } from './record-repairs';
import { Event, ExactEvent, Kind, Organization, Person, Text, type TimelineEvent } from './schema';

const MAX_PROBLEMS = 5;

/** Events validated ahead of the rest of the file, in file order (see file-events-stream.ts). */
export interface PrevalidatedEvents {
  events: TimelineEvent[];
  /** The warnings about those events, in order. */
  warnings: DecodeWarning[];
}

/** Validates event records one by one, the way decodeDataset does. */
export function createEventDecoder(): {
  add: (value: unknown, index: number) => void;
  result: PrevalidatedEvents;
} {
  const warnings: DecodeWarning[] = [];
  const decoder = createRecordDecoder('event', Event, warnings, {
    repair: repairEvent,
    exact: ExactEvent,
  });
  return { add: decoder.add, result: { events: decoder.kept, warnings } };
}

/**
 * `prevalidated`, when given, stands for the file's events: `input.events` is then expected to
 * be empty, the records having been validated while the file downloaded.
 */
export function decodeDataset(
  input: unknown,
  onIndexing?: () => void,
  prevalidated?: PrevalidatedEvents,
): DecodeResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return fail('not-json', [error instanceof Error ? error.message : String(error)]);
    }
  }
  try {
    return decodeValue(raw, onIndexing, prevalidated);
  } catch (error) {
    // Defensive: the validators should never throw, but a hostile value must not crash the page.
    return fail('not-dataset', [error instanceof Error ? error.message : String(error)]);
  }
}

function decodeValue(
  raw: unknown,
  onIndexing?: () => void,
  prevalidated?: PrevalidatedEvents,
): DecodeResult {
  if (!isPlainObject(raw))
    return fail('not-dataset', [`expected an object, got ${describeValue(raw)}`]);
  if (raw.schemaVersion !== 1) return fail(...describeVersionProblem(raw.schemaVersion));
  const problems: string[] = [];
  const title = Text.safeParse(raw.title);
  if (!title.success) problems.push('title: expected a string or { en: string }');
  for (const key of ['kinds', 'people', 'organizations', 'events'] as const) {
    if (!Array.isArray(raw[key]))
      problems.push(`${key}: expected an array, got ${describeValue(raw[key])}`);
  }
  const languages = Array.isArray(raw.languages)
    ? raw.languages.filter((lang): lang is string => typeof lang === 'string')
    : [];
  if (problems.length > 0 || !title.success) return fail('not-dataset', problems);

  const warnings: DecodeWarning[] = [];
  const kinds = decodeRecords(raw.kinds as unknown[], 'kind', Kind, warnings, {
    repair: repairKind,
  });
  const organizations = decodeRecords(
    raw.organizations as unknown[],
    'organization',
    Organization,
    warnings,
    { repair: repairOrganization },
  );
  const orgIds = new Set(organizations.map((org) => org.id));
  const people = decodeRecords(raw.people as unknown[], 'person', Person, warnings, {
    repair: repairPerson,
  }).map((person) =>
    person.affiliations
      ? {
          ...person,
          affiliations: keepKnownAffiliations(person.id, person.affiliations, orgIds, warnings),
        }
      : person,
  );
  const personIds = new Set(people.map((person) => person.id));
  const kindIds = new Set(kinds.map((kind) => kind.id));

  let eventRecords = prevalidated;
  if (!eventRecords) {
    const decoder = createEventDecoder();
    (raw.events as unknown[]).forEach(decoder.add);
    eventRecords = decoder.result;
  }
  for (const warning of eventRecords.warnings) warnings.push(warning);
  const events: TimelineEvent[] = [];
  for (const event of eventRecords.events) {
    const checked = checkEvent(event, kindIds, personIds, orgIds, warnings);
    if (checked) events.push(checked);
  }
  // Related links need every event's id; many files have none, and 100,000 ids cost a set.
  const hasRelated = events.some((event) => event.related !== undefined);
  const eventIds = hasRelated ? new Set(events.map((event) => event.id)) : new Set<string>();
  const linked = hasRelated
    ? events.map((event) => keepKnownRelated(event, eventIds, warnings))
    : events;

  const description = Text.safeParse(raw.description);
  onIndexing?.();
  const catalog = buildCatalog({
    title: title.data,
    ...(description.success ? { description: description.data } : {}),
    languages: languages.includes('en') ? languages : ['en', ...languages],
    kinds,
    people,
    organizations,
    events: linked,
    skippedEvents: countSkippedEvents(warnings),
  });
  return { ok: true, catalog, warnings };
}

function fail(
  code: 'not-json' | 'not-dataset' | 'unsupported-version',
  problems: string[],
): DecodeResult {
  return { ok: false, error: { code, problems: problems.slice(0, MAX_PROBLEMS) } };
}

/** Only the number 1 is a version this app reads; a "1" in quotes is a mistake, not a version. */
function describeVersionProblem(
  version: unknown,
): ['not-dataset' | 'unsupported-version', string[]] {
  if (version === undefined) return ['not-dataset', ['schemaVersion: missing (expected 1)']];
  if (typeof version === 'number')
    return ['unsupported-version', [`schemaVersion: ${version} is not supported (expected 1)`]];
  const written =
    typeof version === 'string' && version.length <= 20
      ? `the string ${JSON.stringify(version)}`
      : describeValue(version);
  return ['not-dataset', [`schemaVersion: must be the number 1, not ${written}`]];
}

function countSkippedEvents(warnings: readonly DecodeWarning[]): number {
  let count = 0;
  for (const warning of warnings) if (warning.record === 'event' && warning.skipped) count++;
  return count;
}
