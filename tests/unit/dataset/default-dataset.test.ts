// Data checks for the dataset shipped with the app: it is half of the product.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { COVERAGE_TARGETS, reportDataset } from '../../../src/data/dataset-report';
import { Dataset, ID_PATTERN } from '../../../src/data/schema';

const raw = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/events.json'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);

describe('the default dataset', () => {
  const parsed = Dataset.safeParse(raw);

  it('validates against the schema', () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  const dataset = parsed.success ? parsed.data : (raw as Dataset);

  it('decodes with every reference resolved and nothing skipped', () => {
    const result = decodeDataset(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([]);
      expect(result.catalog.events).toHaveLength(dataset.events.length);
    }
  });

  it('has unique kebab-case ids for events, people and organizations', () => {
    for (const list of [dataset.events, dataset.people, dataset.organizations]) {
      const ids = list.map((record) => record.id);
      expect(ids.filter((id) => !ID_PATTERN.test(id))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives every event a source, both languages, an importance and a date not in the future', () => {
    const report = reportDataset(dataset, today);
    const eventGaps = report.gaps.filter((gap) =>
      /: (no source|no importance|dated in the future|source without|title has no|summary has no)/.test(
        gap,
      ),
    );
    expect(eventGaps).toEqual([]);
  });

  it('names every person, organization and kind in Russian too', () => {
    const missing = [
      ...dataset.people.map((person) => [person.id, person.name] as const),
      ...dataset.organizations.map((org) => [org.id, org.name] as const),
      ...dataset.kinds.map((kind) => [kind.id, kind.label] as const),
    ].filter(([, text]) => typeof text !== 'object' || !text.ru);
    expect(missing.map(([id]) => id)).toEqual([]);
  });

  it('covers the industry as the product promises', () => {
    const report = reportDataset(dataset, today);
    expect(report.events).toBeGreaterThanOrEqual(COVERAGE_TARGETS.events);
    for (const kind of ['founding', 'departure', 'launch', 'controversy']) {
      expect(report.byKind[kind] ?? 0, kind).toBeGreaterThanOrEqual(COVERAGE_TARGETS.perKind);
    }
    expect(report.people).toBeGreaterThanOrEqual(COVERAGE_TARGETS.people);
    expect(report.organizations).toBeGreaterThanOrEqual(COVERAGE_TARGETS.organizations);
    const careers = dataset.people.filter((person) => (person.affiliations?.length ?? 0) >= 2);
    expect(careers.length).toBeGreaterThanOrEqual(COVERAGE_TARGETS.careers);
  });

  it('keeps the deep-linked events of the central story with their dates and kinds', () => {
    const expected: [string, string, string][] = [
      ['xai-founded', '2023', 'founding'],
      ['babuschkin-leaves-xai', '2025-08-13', 'departure'],
      ['babuschkin-ventures-founded', '2025-08-13', 'founding'],
      ['alphastar-beats-pros', '2019-01-24', 'launch'],
      ['alphastar-grandmaster', '2019-10-30', 'launch'],
      ['chatgpt-launch', '2022-11-30', 'launch'],
      ['colossus-online', '2024-09-02', 'launch'],
      ['memphis-turbines-pollution', '2025', 'controversy'],
      ['grok-mechahitler', '2025-07-08', 'controversy'],
      ['grok-4-launch', '2025-07-09', 'launch'],
      ['grok-4-consults-musk', '2025-07-10', 'controversy'],
      ['grok-imagine-launch', '2025-08-04', 'launch'],
      ['grok-imagine-taylor-swift', '2025-08', 'controversy'],
      ['fli-founded', '2014', 'founding'],
    ];
    for (const [id, datePrefix, kind] of expected) {
      const event = dataset.events.find((candidate) => candidate.id === id);
      expect(event, id).toBeDefined();
      expect(event!.date.startsWith(datePrefix), `${id} dated ${event!.date}`).toBe(true);
      expect(event!.kind, id).toBe(kind);
    }
  });

  it("follows Igor Babuschkin's career through DeepMind, OpenAI, DeepMind, xAI and Babuschkin Ventures", () => {
    const igor = dataset.people.find((person) => person.id === 'igor-babuschkin');
    const orgs = [...(igor?.affiliations ?? [])]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((affiliation) => affiliation.org);
    expect(orgs).toEqual([
      'google-deepmind',
      'openai',
      'google-deepmind',
      'xai',
      'babuschkin-ventures',
    ]);
    for (const id of ['elon-musk', 'max-tegmark'])
      expect(dataset.people.some((person) => person.id === id)).toBe(true);
    for (const id of [
      'xai',
      'google-deepmind',
      'openai',
      'anthropic',
      'future-of-life-institute',
      'babuschkin-ventures',
    ]) {
      expect(
        dataset.organizations.some((org) => org.id === id),
        id,
      ).toBe(true);
    }
  });
});
