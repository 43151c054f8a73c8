import { describe, expect, it } from 'vitest';
import { activeFilterChips } from '../../../src/filters/active-filter-chips';
import { en } from '../../../src/i18n/messages-en';
import { ru } from '../../../src/i18n/messages-ru';
import { DEFAULT_SEARCH } from '../../../src/url/search-state';
import { makeCatalog } from '../../fixtures/make-dataset';

const catalog = makeCatalog();

describe('activeFilterChips', () => {
  it('names every constraint in the reader language, each with the change that removes it', () => {
    const search = {
      ...DEFAULT_SEARCH,
      q: 'grok',
      kind: ['launch'],
      person: ['carla-diaz', 'ghost'],
      from: '2020-03',
    };
    const chips = activeFilterChips(catalog, search, en, 'en');
    expect(chips.map((chip) => chip.label)).toEqual([
      'Search: grok',
      'Launch',
      'Carla Díaz',
      'From March 2020',
    ]);
    expect(chips[2]!.remove).toEqual({ person: ['ghost'] });
    expect(chips[3]!.remove).toEqual({ from: undefined });
    expect(activeFilterChips(catalog, search, ru, 'ru')[1]!.label).toBe('Запуск');
  });

  it('has none for a view without constraints', () => {
    expect(activeFilterChips(catalog, DEFAULT_SEARCH, en, 'en')).toEqual([]);
  });
});
