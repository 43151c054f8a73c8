// A bad optional field costs that field, never the record: an organization that went missing
// would also vanish from every event and affiliation that names it.
import { describe, expect, it } from 'vitest';
import type { DecodeWarning } from '../../../src/data/decode-result';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';

function warningsFor(id: string, warnings: DecodeWarning[]) {
  return warnings.filter((warning) => warning.id === id);
}

describe('decodeDataset: bad optional fields are stripped, the record stays', () => {
  it('keeps an organization whose url is not an http(s) URL, with its events and affiliations', () => {
    const raw = makeDataset();
    const acme = raw.organizations.find((org) => org.id === 'acme-ai')!;
    acme.url = 'www.acme.example';
    const { catalog, warnings } = decodeFixture(raw);

    const kept = catalog.organizations.find((org) => org.id === 'acme-ai');
    expect(kept).toBeDefined();
    expect(kept!.url).toBeUndefined();
    expect(kept!.name).toBe('Acme AI');
    // Its events and the people who worked there still point at it.
    expect(catalog.eventsByOrg.get('acme-ai')!.length).toBeGreaterThan(0);
    const alice = catalog.people.find((person) => person.id === 'alice-chen')!;
    expect(alice.affiliations!.map((affiliation) => affiliation.org)).toContain('acme-ai');
    // One warning, naming the field and what is wrong with it; nothing else is reported.
    expect(warnings).toEqual([
      {
        record: 'organization',
        id: 'acme-ai',
        code: 'invalid-record',
        detail: expect.stringMatching(/^url: must be an http\(s\) URL/),
        skipped: false,
      },
    ]);
  });

  it('keeps an organization with an impossible founding date or a description that is not text', () => {
    const raw = makeDataset();
    raw.organizations[1]!.founded = '2017-13';
    (raw.organizations[2] as { description?: unknown }).description = 42;
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.organizations.map((org) => org.id)).toEqual(
      raw.organizations.map((org) => org.id),
    );
    expect(catalog.organizations[1]!.founded).toBeUndefined();
    expect(warnings.map((warning) => [warning.id, warning.skipped, warning.detail])).toEqual([
      ['northwind-labs', false, expect.stringMatching(/^founded: /)],
      ['open-horizon', false, expect.stringMatching(/^description: /)],
    ]);
  });

  it('keeps a person whose description is bad, and drops only the bad affiliation', () => {
    const raw = makeDataset();
    const boris = raw.people.find((person) => person.id === 'boris-ivanov')!;
    boris.affiliations![0]!.start = 'soon';
    (boris as { description?: unknown }).description = { ru: 'Только по-русски' };
    const { catalog, warnings } = decodeFixture(raw);

    const kept = catalog.people.find((person) => person.id === 'boris-ivanov')!;
    expect(kept.description).toBeUndefined();
    expect(kept.affiliations).toEqual([{ org: 'open-horizon', start: '2019-09' }]);
    expect(catalog.eventsByPerson.get('boris-ivanov')!.length).toBeGreaterThan(0);
    expect(
      warningsFor('boris-ivanov', warnings).map((warning) => [warning.skipped, warning.detail]),
    ).toEqual([
      [
        false,
        expect.stringMatching(/^affiliations\.0: start: must be YYYY, YYYY-MM or YYYY-MM-DD/),
      ],
      [false, expect.stringMatching(/^description: needs English text \(en\)/)],
    ]);
  });

  it('keeps an event with a bad importance, tags or end date, without them', () => {
    const raw = makeDataset();
    const [first, second, third] = raw.events as unknown as Record<string, unknown>[];
    first!.importance = 9;
    second!.tags = 'ai; chips';
    third!.endDate = '2020-02-30';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.events).toHaveLength(raw.events.length);
    const byId = (id: unknown) => catalog.events.find((event) => event.id === id)!;
    expect(byId(first!.id).importance).toBeUndefined();
    expect(byId(second!.id).tags).toBeUndefined();
    expect(byId(third!.id).endDate).toBeUndefined();
    expect(warnings.map((warning) => [warning.id, warning.skipped, warning.detail])).toEqual([
      [first!.id, false, 'importance: must be 1, 2 or 3, not 9; left out'],
      [second!.id, false, 'tags: must be an array, not a string; left out'],
      [third!.id, false, expect.stringMatching(/^endDate: .*; shown as a single date$/)],
    ]);
  });

  it('still leaves out a record whose required field is bad, naming only that field', () => {
    const raw = makeDataset();
    const acme = raw.organizations.find((org) => org.id === 'acme-ai')!;
    acme.url = 'www.acme.example';
    acme.name = '';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.organizations.map((org) => org.id)).not.toContain('acme-ai');
    expect(warningsFor('acme-ai', warnings)).toEqual([
      expect.objectContaining({
        record: 'organization',
        skipped: true,
        detail: 'name: must not be blank',
      }),
    ]);
  });
});
