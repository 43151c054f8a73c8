// Turns untrusted JSON into a Catalog. It never throws: a file that is not a dataset is one
// error; a bad record is left out (or a bad field stripped) with a warning, the rest loads.
import { buildCatalog } from './build-catalog';
import { decodeRecords, stripBadColor, stripBadSources } from './decode-records';
import { checkEvent, keepKnownAffiliations, keepKnownRelated } from './decode-references';
import type { DecodeResult, DecodeWarning } from './decode-result';
import { isPlainObject } from './decode-util';
import { Event, Kind, Organization, Person, Text } from './schema';

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
      return fail('unsupported-version', [
        `schemaVersion: ${raw.schemaVersion} is not supported (expected 1)`,
      ]);
    }
    return fail('not-dataset', ['schemaVersion: missing (expected 1)']);
  }
  const problems: string[] = [];
  const title = Text.safeParse(raw.title);
  if (!title.success) problems.push('title: expected a string or { en: string }');
  for (const key of ['kinds', 'people', 'organizations', 'events'] as const) {
    if (!Array.isArray(raw[key]))
      problems.push(`${key}: expected an array, got ${describe(raw[key])}`);
  }
  const languages = Array.isArray(raw.languages)
    ? raw.languages.filter((lang): lang is string => typeof lang === 'string')
    : [];
  if (problems.length > 0 || !title.success) return fail('not-dataset', problems);

  const warnings: DecodeWarning[] = [];
  const kinds = decodeRecords(raw.kinds as unknown[], 'kind', Kind, warnings, stripBadColor);
  const organizations = decodeRecords(
    raw.organizations as unknown[],
    'organization',
    Organization,
    warnings,
  );
  const orgIds = new Set(organizations.map((org) => org.id));
  const people = decodeRecords(raw.people as unknown[], 'person', Person, warnings).map((person) =>
    person.affiliations
      ? {
          ...person,
          affiliations: keepKnownAffiliations(person.id, person.affiliations, orgIds, warnings),
        }
      : person,
  );
  const personIds = new Set(people.map((person) => person.id));
  const kindIds = new Set(kinds.map((kind) => kind.id));

  const events = decodeRecords(
    raw.events as unknown[],
    'event',
    Event,
    warnings,
    stripBadSources,
  ).flatMap((event) => checkEvent(event, kindIds, personIds, orgIds, warnings));
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

function fail(
  code: 'not-json' | 'not-dataset' | 'unsupported-version',
  problems: string[],
): DecodeResult {
  return { ok: false, error: { code, problems: problems.slice(0, MAX_PROBLEMS) } };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
