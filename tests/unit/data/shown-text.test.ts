// Titles, names and labels are what a reader sees of a record: blank ones would show as an
// empty list row or heading, so such a record is left out and named instead.
import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { convertToDataset } from '../../../src/data/import/convert-to-dataset';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';

function decodeImported(text: string, fileName: string) {
  const converted = convertToDataset(text, fileName);
  if (!converted.ok) throw new Error(converted.error.detail);
  const result = decodeDataset(converted.raw);
  if (!result.ok) throw new Error(result.error.problems.join('; '));
  return result;
}

describe('decodeDataset: text that is shown must not be blank', () => {
  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['an empty English text', { en: '', ru: 'Заголовок' }],
    ['English text of spaces and a line break', { en: ' \n ' }],
  ])('leaves out an event whose title is %s, and says so', (_, title) => {
    const raw = makeDataset();
    (raw.events[0] as { title: unknown }).title = title;
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.indexById.has(raw.events[0]!.id)).toBe(false);
    expect(catalog.events).toHaveLength(raw.events.length - 1);
    expect(warnings).toEqual([
      expect.objectContaining({
        record: 'event',
        id: raw.events[0]!.id,
        skipped: true,
        detail: expect.stringMatching(/^title(\.en)?: must not be blank$/),
      }),
    ]);
  });

  it('leaves out a person, an organization or a kind whose name or label is blank', () => {
    const raw = makeDataset();
    raw.people[3]!.name = ' ';
    raw.organizations[4]!.name = { en: '' };
    raw.kinds[3]!.label = '';
    const { catalog, warnings } = decodeFixture(raw);
    expect(catalog.people.map((person) => person.id)).not.toContain(raw.people[3]!.id);
    expect(catalog.organizations.map((org) => org.id)).not.toContain(raw.organizations[4]!.id);
    expect(catalog.kinds.map((kind) => kind.id)).not.toContain(raw.kinds[3]!.id);
    expect(
      warnings
        .filter((warning) => warning.code === 'invalid-record')
        .map((warning) => [warning.record, warning.detail]),
    ).toEqual([
      ['kind', 'label: must not be blank'],
      ['organization', 'name.en: must not be blank'],
      ['person', 'name: must not be blank'],
    ]);
  });

  it('still accepts a blank summary or description, which is simply not shown', () => {
    const raw = makeDataset();
    (raw.events[0] as { summary?: unknown }).summary = '';
    const { catalog, warnings } = decodeFixture(raw);
    expect(warnings).toEqual([]);
    expect(catalog.indexById.has(raw.events[0]!.id)).toBe(true);
  });
});

describe('imported rows and slides without a title', () => {
  const csv = [
    'date,title,kind,people,summary',
    '2020-01-02,Launch day,launch,Ada Lovelace,',
    '2021-05-06,,rumour,Charles Babbage,Nobody wrote a title for this row',
    '2022,   ,rumour,,',
  ].join('\n');

  it('leaves a CSV row without a title out with a warning, instead of a blank event', () => {
    const { catalog, warnings } = decodeImported(csv, 'events.csv');
    expect(catalog.events.map((event) => event.title)).toEqual(['Launch day']);
    expect(warnings.map((warning) => [warning.skipped, warning.detail])).toEqual([
      [true, 'title: must not be blank'],
      [true, 'title: must not be blank'],
    ]);
    expect(catalog.skippedEvents).toBe(2);
  });

  it('makes no kind, person or organization for a CSV row that is left out', () => {
    const { catalog } = decodeImported(csv, 'events.csv');
    expect(catalog.kinds.map((kind) => kind.id)).toEqual(['launch']);
    expect(catalog.people.map((person) => person.id)).toEqual(['ada-lovelace']);
  });

  it('reads the same rows from tab-separated text', () => {
    const { catalog, warnings } = decodeImported(csv.replaceAll(',', '\t'), 'events.tsv');
    expect(catalog.events.map((event) => event.title)).toEqual(['Launch day']);
    expect(warnings).toHaveLength(2);
  });

  it('leaves a TimelineJS slide without a headline out with a warning, and its group too', () => {
    const timeline = {
      events: [
        { start_date: { year: 2020 }, text: { headline: 'First light' }, group: 'Launches' },
        { start_date: { year: 2021 }, text: { text: '<p>Only a body</p>' }, group: 'Rumours' },
        { start_date: { year: 2022 }, text: { headline: '<b> </b>' }, group: 'Rumours' },
      ],
    };
    const { catalog, warnings } = decodeImported(JSON.stringify(timeline), 'story.json');
    expect(catalog.events.map((event) => event.title)).toEqual(['First light']);
    expect(warnings.map((warning) => [warning.skipped, warning.detail])).toEqual([
      [true, 'title: must not be blank'],
      [true, 'title: must not be blank'],
    ]);
    expect(catalog.kinds.map((kind) => kind.label)).toEqual(['Launches']);
  });
});
