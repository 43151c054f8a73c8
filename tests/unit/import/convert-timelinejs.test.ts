import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { convertTimelineJs } from '../../../src/data/import/convert-timelinejs';
import { resolveText } from '../../../src/i18n/resolve-text';
import { readFixture } from './read-fixture';

function decodeTimeline(value: unknown) {
  const result = convertTimelineJs(value, { title: 'fallback' });
  if (!result.ok) throw new Error(result.error.detail);
  const decoded = decodeDataset(result.raw);
  if (!decoded.ok) throw new Error(decoded.error.problems.join('; '));
  return decoded;
}

describe('convertTimelineJs', () => {
  const { catalog, warnings } = decodeTimeline(JSON.parse(readFixture('timelinejs-sample.json')));
  const byTitle = (title: string) =>
    catalog.events.find((event) => resolveText(event.title, 'en') === title)!;

  it('loads every event of the sample', () => {
    expect(warnings).toEqual([]);
    expect(catalog.events).toHaveLength(4);
    expect(resolveText(catalog.title, 'en')).toBe('A short history of AI labs');
    expect(resolveText(catalog.description, 'en')).toBe('From DeepMind to xAI & beyond.');
  });

  it('maps dates at their precision and spans', () => {
    expect(byTitle('DeepMind is founded').date).toBe('2010-09');
    expect(byTitle('OpenAI is founded').date).toBe('2015-12-11');
    expect(byTitle('Board crisis at OpenAI')).toMatchObject({
      date: '2023-11-17',
      endDate: '2023-11-22',
    });
  });

  it('keeps unique_id, makes ids from headlines, and groups become kinds', () => {
    expect(byTitle('DeepMind is founded').id).toBe('deepmind-founded');
    expect(byTitle('OpenAI is founded').id).toBe('openai-is-founded');
    expect(catalog.kinds.map((kind) => kind.id).sort()).toEqual([
      'controversy',
      'event',
      'founding',
    ]);
  });

  it('turns HTML into plain text, dropping scripts and image tags', () => {
    expect(resolveText(byTitle('Board crisis at OpenAI').summary, 'en')).toBe(
      'Five days of turmoil.',
    );
    expect(resolveText(byTitle('OpenAI is founded').summary, 'en')).toBe(
      'A non-profit lab\nwith $1 billion in pledges.',
    );
    const leaves = resolveText(byTitle('Igor Babuschkin leaves xAI').summary, 'en');
    expect(leaves).toBe('He starts Babuschkin Ventures.');
  });

  it('uses links in the text and the media URL as sources', () => {
    expect(byTitle('DeepMind is founded').sources).toEqual([
      { url: 'https://example.com/deepmind', title: 'the history' },
    ]);
    expect(byTitle('OpenAI is founded').sources).toEqual([
      { url: 'https://example.com/openai-intro', title: 'Introducing OpenAI', publisher: 'OpenAI' },
    ]);
  });

  it('leaves an event with an unusable date to the decoder, which names it', () => {
    const { catalog: loaded, warnings: found } = decodeTimeline({
      events: [
        { start_date: { year: 2020 }, text: { headline: 'Fine' } },
        { start_date: { year: 2020, month: 14 }, text: { headline: 'Bad month' } },
      ],
    });
    expect(loaded.events.map((event) => event.id)).toEqual(['fine']);
    expect(found).toMatchObject([{ id: 'bad-month', code: 'invalid-record' }]);
  });

  it.each([[null], [[]], [{}], [{ events: [] }], [{ events: 'many' }]])(
    'fails clearly on %j',
    (value) => {
      const result = convertTimelineJs(value);
      expect(result).toMatchObject({ ok: false, error: { code: 'timelinejs-no-events' } });
    },
  );
});
