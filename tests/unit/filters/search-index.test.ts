import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  createSearchIndexInChunks,
  MAX_INDEXED_CHARS,
  searchEvents,
} from '../../../src/filters/search-index';
import { decodeFixture, makeCatalog, makeSyntheticDataset } from '../../fixtures/make-dataset';
import { tinyDataset, tinyEvent } from '../../fixtures/tiny-dataset';

const catalog = makeCatalog();
const index = createSearchIndex(catalog);

/** Matching event ids, best first. */
function search(query: string): string[] {
  const matches = searchEvents(index, query);
  if (!matches) throw new Error(`"${query}" has no words to search for`);
  const { ranked, mask } = matches;
  const ids = [...ranked].map((i) => catalog.events[i]!.id);
  // The mask the filters use and the ranked list describe the same events.
  expect(mask.reduce((sum, bit) => sum + bit, 0)).toBe(ids.length);
  for (const i of ranked) expect(mask[i]).toBe(1);
  return ids;
}

describe('searchEvents', () => {
  it('finds a word by its beginning while typing', () => {
    expect(search('mecha')).toEqual(['chatbot-mechahitler']);
  });

  it('forgives a typo', () => {
    expect(search('mechahitlr')).toEqual(['chatbot-mechahitler']);
    expect(search('MechaHitler')).toEqual(['chatbot-mechahitler']);
  });

  it('finds Russian text, including inflected forms by their stem', () => {
    expect(search('запуск').sort()).toEqual(['atlas-launch', 'nova-launch']);
    expect(search('МехаГитлер')).toEqual(['chatbot-mechahitler']);
  });

  it('ranks events whose title matches above those that only mention it', () => {
    const results = search('colossus');
    expect(results).toEqual(['colossus-online', 'turbine-protests']);
  });

  it('finds events by the names of their people and organizations in either language', () => {
    expect(search('ivanov').sort()).toEqual([
      'acme-founded',
      'boris-leaves-acme',
      'open-horizon-founded',
    ]);
    expect(search('Иванов').sort()).toEqual([
      'acme-founded',
      'boris-leaves-acme',
      'open-horizon-founded',
    ]);
    expect(search('horizon')).toEqual(
      expect.arrayContaining(['open-horizon-founded', 'alice-leaves-acme']),
    );
  });

  it('finds events by tag', () => {
    expect(search('chatbot')).toEqual(
      expect.arrayContaining(['atlas-launch', 'chatbot-mechahitler']),
    );
  });

  it('requires every word of a multi-word query', () => {
    expect(search('atlas beta')).toEqual(['atlas-beta']);
    expect(search('atlas')).toHaveLength(2);
  });

  it("matches a word through an event's texts or its names, every word in any order", () => {
    const both = (a: string, b: string) => search(a).filter((id) => search(b).includes(id));
    for (const [a, b] of [
      ['acme', 'ivanov'],
      ['ivanov', 'acme'],
      ['horizon', 'launch'],
      ['chatbot', 'atlas'],
    ] as const) {
      expect(search(`${a} ${b}`).sort()).toEqual(both(a, b).sort());
      expect(search(`${b} ${a}`).sort()).toEqual(both(a, b).sort());
    }
    expect(both('acme', 'ivanov').length).toBeGreaterThan(0);
    expect(search('colossus ivanov')).toEqual([]);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(search('zeppelin')).toEqual([]);
  });

  it('treats a query without letters or digits as no search, and skips such words', () => {
    for (const query of ['   ', '-', '( )', '.*', '🤖'])
      expect(searchEvents(index, query)).toBeNull();
    expect(search('🤖 atlas')).toEqual(search('atlas'));
    expect(search('atlas -')).toEqual(search('atlas'));
  });

  it('allows no typo in words under five letters, which would match too much', () => {
    // One edit from "ai", which is in every Acme AI event.
    expect(search('zai')).toEqual([]);
    expect(search('acmi')).toEqual([]);
    expect(search('acme').length).toBeGreaterThan(0);
  });

  it('finds "nova4" as the title writes it, "Nova 4"', () => {
    expect(search('nova4')).toEqual(['nova-launch']);
  });

  it('finds a name written as two words, "mecha hitler" for "MechaHitler"', () => {
    expect(search('mecha hitler')).toEqual(['chatbot-mechahitler']);
    expect(search('chatbot mecha hitler')).toEqual(['chatbot-mechahitler']);
    // Words whose joined form is nowhere are searched as they are.
    expect(search('atlas beta')).toEqual(['atlas-beta']);
  });

  it('ranks the joined name first when the words also match apart ("open ai")', () => {
    const { catalog: small } = decodeFixture(
      tinyDataset([
        tinyEvent('letter', '2023-03-01', { title: 'An open letter on AI risks' }),
        tinyEvent('model', '2023-03-02', { title: 'OpenAI releases a model' }),
        tinyEvent('other', '2023-03-03', { title: 'Something else entirely' }),
      ]),
    );
    const ranked = searchEvents(createSearchIndex(small), 'open ai')!.ranked;
    expect([...ranked].map((event) => small.events[event]!.id)).toEqual(['model', 'letter']);
  });

  it('requires every word when two words joined are one typo from a word ("news 1")', () => {
    const { catalog: small } = decodeFixture(
      tinyDataset([
        tinyEvent('plain', '2023-03-01', { title: 'Robot news' }),
        tinyEvent('numbered', '2023-03-02', { title: 'Robot news 12' }),
      ]),
    );
    const smallIndex = createSearchIndex(small);
    const idsOf = (query: string) =>
      [...searchEvents(smallIndex, query)!.ranked].map((event) => small.events[event]!.id);
    // "news1" is one letter from "news": joined with a typo allowed, it found both.
    expect(idsOf('news 1')).toEqual(['numbered']);
    // Asked again after other queries, the answer is the same.
    expect(idsOf('robot')).toEqual(['plain', 'numbered']);
    expect(idsOf('news 1')).toEqual(['numbered']);
  });

  // A summary of megabytes (a mistake, or a file made to stall the page) is searched by its
  // first pages: indexing all of it held the page for seconds.
  it('searches the first pages of an overlong summary, and not the rest', () => {
    const filler = 'lorem ipsum '.repeat(MAX_INDEXED_CHARS / 6);
    const { catalog: small } = decodeFixture(
      tinyDataset([
        tinyEvent('long', '2023-03-01', { summary: `quokka ${filler} wombat` }),
        tinyEvent('short', '2023-03-02', { summary: 'wombat' }),
      ]),
    );
    const smallIndex = createSearchIndex(small);
    const idsOf = (query: string) =>
      [...searchEvents(smallIndex, query)!.ranked].map((event) => small.events[event]!.id);
    expect(idsOf('quokka')).toEqual(['long']);
    expect(idsOf('wombat')).toEqual(['short']);
  });
});

describe('createSearchIndexInChunks', () => {
  const catalog = decodeFixture(makeSyntheticDataset(1200, 5)).catalog;

  it('finds exactly what the index built in one go finds', async () => {
    // A tiny time slice forces many yields between the steps.
    const chunked = await createSearchIndexInChunks(catalog, { sliceMs: 0 });
    const whole = createSearchIndex(catalog);
    const title = catalog.events[7]!.title;
    const word = (typeof title === 'string' ? title : title.en).split(' ')[0]!;
    for (const query of [word, `${word.slice(0, 3)}`, `${word} 1`, 'nothing-like-this']) {
      const a = searchEvents(chunked, query)!;
      const b = searchEvents(whole, query)!;
      expect(Array.from(a.ranked)).toEqual(Array.from(b.ranked));
    }
    expect(searchEvents(chunked, word)!.ranked.length).toBeGreaterThan(0);
  });

  it('stops when told to, instead of finishing an index nobody wants', async () => {
    const controller = new AbortController();
    const building = createSearchIndexInChunks(catalog, { sliceMs: 0, signal: controller.signal });
    controller.abort();
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
  });
});
