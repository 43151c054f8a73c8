// Turns untrusted JSON into a Catalog. It never throws: a file that is not a dataset is one
// error; a bad record is left out (or a bad field stripped) with a warning, the rest loads.
import type { z } from 'zod';
import { buildCatalog } from './build-catalog';
import type { DecodeResult, DecodeWarning, RecordType } from './decode-result';
import { parsePartialDate } from './partial-date';
import {
  Event,
  Kind,
  Organization,
  Person,
  Source,
  Text,
  type Affiliation,
  type TimelineEvent,
} from './schema';

const MAX_PROBLEMS = 5;

export function decodeDataset(input: unknown, onIndexing?: () => void): DecodeResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return fail('not-json', [error instanceof Error ? error.message : String(error)]);
    }
  }
  try {
    return decodeValue(raw, onIndexing);
  } catch (error) {
    // Defensive: the validators should never throw, but a hostile value must not crash the page.
    return fail('not-dataset', [error instanceof Error ? error.message : String(error)]);
  }
}

function decodeValue(raw: unknown, onIndexing?: () => void): DecodeResult {
  if (!isPlainObject(raw)) return fail('not-dataset', [`expected an object, got ${describe(raw)}`]);
  if (raw.schemaVersion !== 1) {
    if (typeof raw.schemaVersion === 'number') {
      return fail('unsupported-version', [`schemaVersion: ${raw.schemaVersion} is not supported (expected 1)`]);
    }
    return fail('not-dataset', ['schemaVersion: missing (expected 1)']);
  }
  const problems: string[] = [];
  const title = Text.safeParse(raw.title);
  if (!title.success) problems.push('title: expected a string or { en: string }');
  for (const key of ['kinds', 'people', 'organizations', 'events'] as const) {
    if (!Array.isArray(raw[key])) problems.push(`${key}: expected an array, got ${describe(raw[key])}`);
  }
  const languages = Array.isArray(raw.languages)
    ? raw.languages.filter((lang): lang is string => typeof lang === 'string')
    : [];
  if (problems.length > 0 || !title.success) return fail('not-dataset', problems);

  const warnings: DecodeWarning[] = [];
  const kinds = decodeRecords(raw.kinds as unknown[], 'kind', Kind, warnings, stripBadColor);
  const organizations = decodeRecords(raw.organizations as unknown[], 'organization', Organization, warnings);
  const orgIds = new Set(organizations.map((org) => org.id));
  const people = decodeRecords(raw.people as unknown[], 'person', Person, warnings).map((person) =>
    person.affiliations
      ? { ...person, affiliations: keepKnownAffiliations(person.id, person.affiliations, orgIds, warnings) }
      : person,
  );
  const personIds = new Set(people.map((person) => person.id));
  const kindIds = new Set(kinds.map((kind) => kind.id));

  const events = decodeRecords(raw.events as unknown[], 'event', Event, warnings, stripBadSources).flatMap((event) => checkEvent(event, kindIds, personIds, orgIds, warnings));
  const eventIds = new Set(events.map((event) => event.id));
  const linked = events.map((event) => keepKnownRelated(event, eventIds, warnings));

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
  });
  return { ok: true, catalog, warnings };
}

/**
 * Validates each record; invalid and duplicate ones are left out with a warning. `repair`,
 * when given, gets one chance to fix a record that failed (it is not run on valid records,
 * which keeps the common path fast).
 */
function decodeRecords<T extends { id: string }>(
  values: unknown[],
  record: RecordType,
  schema: z.ZodType<T>,
  warnings: DecodeWarning[],
  repair?: (value: unknown, index: number, warnings: DecodeWarning[]) => unknown,
): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  values.forEach((value, index) => {
    let parsed = schema.safeParse(value);
    if (!parsed.success && repair) {
      const repaired = repair(value, index, warnings);
      if (repaired !== value) parsed = schema.safeParse(repaired);
    }
    if (!parsed.success) {
      warnings.push({
        record,
        id: idOf(value, index),
        code: 'invalid-record',
        detail: formatIssues(parsed.error.issues),
        skipped: true,
      });
      return;
    }
    if (seen.has(parsed.data.id)) {
      warnings.push({
        record,
        id: parsed.data.id,
        code: 'duplicate-id',
        detail: `the id "${parsed.data.id}" is already used by an earlier ${record}`,
        skipped: true,
      });
      return;
    }
    seen.add(parsed.data.id);
    kept.push(parsed.data);
  });
  return kept;
}

/** A kind with a colour it cannot use keeps its events; it is drawn in a default colour. */
function stripBadColor(value: unknown, index: number, warnings: DecodeWarning[]): unknown {
  if (!isPlainObject(value) || !('color' in value) || Kind.shape.color.safeParse(value.color).success) return value;
  warnings.push({
    record: 'kind',
    id: idOf(value, index),
    code: 'invalid-record',
    detail: 'color: must be a #rrggbb colour; the default colour is used',
    skipped: false,
  });
  const { color: _ignored, ...rest } = value;
  return rest;
}

/** A source with a bad URL is dropped on its own, so one bad link does not cost the event. */
function stripBadSources(value: unknown, index: number, warnings: DecodeWarning[]): unknown {
  if (!isPlainObject(value) || !Array.isArray(value.sources)) return value;
  if (value.sources.every((source) => Source.safeParse(source).success)) return value;
  const sources = value.sources.filter((source, sourceIndex) => {
    const parsed = Source.safeParse(source);
    if (parsed.success) return true;
    warnings.push({
      record: 'event',
      id: idOf(value, index),
      code: 'invalid-source',
      detail: `sources.${sourceIndex}: ${formatIssues(parsed.error.issues)}`,
      skipped: false,
    });
    return false;
  });
  return { ...value, sources };
}

function checkEvent(
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

function keepKnownAffiliations(
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

function keepKnownRelated(
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

function fail(code: 'not-json' | 'not-dataset' | 'unsupported-version', problems: string[]): DecodeResult {
  return { ok: false, error: { code, problems: problems.slice(0, MAX_PROBLEMS) } };
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function idOf(value: unknown, index: number): string {
  if (isPlainObject(value) && typeof value.id === 'string' && value.id.length > 0 && value.id.length <= 200) {
    return value.id;
  }
  return `#${index + 1}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
