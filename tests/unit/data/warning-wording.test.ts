// The reasons in the "records had problems" list are read by people fixing their file: each
// says what is wrong in plain words, never zod's "Invalid input".
import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { decodeFixture, makeDataset } from '../../fixtures/make-dataset';

function detailFor(change: (event: Record<string, unknown>) => void): string {
  const raw = makeDataset();
  change(raw.events[0] as unknown as Record<string, unknown>);
  const { warnings } = decodeFixture(raw);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]!.detail).not.toMatch(/Invalid input|Invalid option/);
  return warnings[0]!.detail;
}

describe('warnings say what is wrong', () => {
  it.each([
    [
      'a null title',
      (event: Record<string, unknown>) => (event.title = null),
      'title: must be text or { "en": text }, not null',
    ],
    [
      'a title without English',
      (event: Record<string, unknown>) => (event.title = { ru: 'Только' }),
      'title: needs English text (en)',
    ],
    [
      'a title with a number for a language',
      (event: Record<string, unknown>) => (event.title = { en: 'Fine', ru: 7 }),
      'title: must have text (a string) in every language',
    ],
    [
      'importance 5',
      (event: Record<string, unknown>) => (event.importance = 5),
      'importance: must be 1, 2 or 3, not 5; left out',
    ],
    [
      'importance 9',
      (event: Record<string, unknown>) => (event.importance = 9),
      'importance: must be 1, 2 or 3, not 9; left out',
    ],
    [
      'importance "2"',
      (event: Record<string, unknown>) => (event.importance = '2'),
      'importance: must be 1, 2 or 3, not "2"; left out',
    ],
    [
      'a date given as an object',
      (event: Record<string, unknown>) => (event.date = { year: 2020 }),
      'date: must be a date written as text (YYYY, YYYY-MM or YYYY-MM-DD), not an object',
    ],
    ['a missing date', (event: Record<string, unknown>) => delete event.date, 'date: is missing'],
    [
      'tags given as one string',
      (event: Record<string, unknown>) => (event.tags = 'ai; chips'),
      'tags: must be an array, not a string; left out',
    ],
  ])('%s', (_, change, expected) => {
    expect(detailFor(change)).toBe(expected);
  });

  it('names a kind label and a person name without English text', () => {
    const raw = makeDataset();
    raw.kinds[3]!.label = { ru: 'Скандал' } as never;
    raw.people[3]!.name = { ru: 'Дмитрий' } as never;
    const { warnings } = decodeFixture(raw);
    expect(
      warnings
        .filter((warning) => warning.code === 'invalid-record')
        .map((warning) => warning.detail),
    ).toEqual(['label: needs English text (en)', 'name: needs English text (en)']);
  });
});

describe('schemaVersion problems name the actual mistake', () => {
  function problemsFor(schemaVersion: unknown) {
    const result = decodeDataset({ ...makeDataset(), schemaVersion });
    if (result.ok) throw new Error('expected the file to be refused');
    return result.error;
  }

  it('says a version written as a string has the wrong type, not that it is missing', () => {
    expect(problemsFor('1')).toEqual({
      code: 'not-dataset',
      problems: ['schemaVersion: must be the number 1, not the string "1"'],
    });
  });

  it('says what a null version is', () => {
    expect(problemsFor(null).problems).toEqual(['schemaVersion: must be the number 1, not null']);
  });

  it('still calls an absent version missing', () => {
    expect(problemsFor(undefined).problems).toEqual(['schemaVersion: missing (expected 1)']);
  });
});
