import { describe, expect, it } from 'vitest';
import {
  matchesFilterText,
  sortFacetOptions,
  toggleId,
  type FacetOption,
} from '../../../src/filters/facet-options';

const option = (label: string, count: number, selected = false): FacetOption => ({
  id: label.toLowerCase(),
  label,
  count,
  selected,
});

describe('sortFacetOptions', () => {
  it('puts selected options first, then the most frequent, then by name', () => {
    const sorted = sortFacetOptions(
      [
        option('Zoe', 9),
        option('Adam', 2),
        option('Mia', 0, true),
        option('Ben', 9),
        option('Ann', 2, true),
      ],
      'en',
    );
    expect(sorted.map((item) => item.label)).toEqual(['Ann', 'Mia', 'Ben', 'Zoe', 'Adam']);
  });

  it('orders equal counts alphabetically, not by code point (Ё sorts with Е)', () => {
    const sorted = sortFacetOptions(
      [option('Жуков', 1), option('Ёлкин', 1), option('Алексеев', 1)],
      'ru',
    );
    expect(sorted.map((item) => item.label)).toEqual(['Алексеев', 'Ёлкин', 'Жуков']);
  });

  it('does not reorder the caller’s array', () => {
    const options = [option('B', 1), option('A', 5)];
    sortFacetOptions(options, 'en');
    expect(options.map((item) => item.label)).toEqual(['B', 'A']);
  });
});

describe('matchesFilterText', () => {
  it('finds a name by any part, ignoring case and accents', () => {
    expect(matchesFilterText(['Carla Díaz'], 'diaz')).toBe(true);
    expect(matchesFilterText(['Carla Díaz'], '  CAR ')).toBe(true);
    expect(matchesFilterText(['Carla Díaz'], 'boris')).toBe(false);
    expect(matchesFilterText(['Борис Иванов'], 'иван')).toBe(true);
  });

  it('finds a name written in another language than the screen', () => {
    expect(matchesFilterText(['Игорь Бабушкин', 'Igor Babuschkin'], 'babu')).toBe(true);
    expect(matchesFilterText(['Игорь Бабушкин', 'Igor Babuschkin'], 'бабу')).toBe(true);
  });

  it('matches everything when the box is empty', () => {
    expect(matchesFilterText(['Anyone'], '')).toBe(true);
    expect(matchesFilterText(['Anyone'], '   ')).toBe(true);
  });
});

describe('toggleId', () => {
  it('adds a missing id at the end and removes a present one', () => {
    expect(toggleId(['xai'], 'openai')).toEqual(['xai', 'openai']);
    expect(toggleId(['xai', 'openai'], 'xai')).toEqual(['openai']);
  });
});
