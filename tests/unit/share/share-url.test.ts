import { describe, expect, it } from 'vitest';
import { buildShareUrl } from '../../../src/share/share-url';
import { DEFAULT_SEARCH } from '../../../src/url/search-state';

const ORIGIN = 'https://timeline.example';

describe('buildShareUrl', () => {
  it('is the bare address for the default view, and the event page when one is open', () => {
    expect(buildShareUrl(ORIGIN, '/', DEFAULT_SEARCH)).toBe('https://timeline.example/');
    expect(buildShareUrl(ORIGIN, '/', DEFAULT_SEARCH, 'babuschkin-leaves-xai')).toBe(
      'https://timeline.example/events/babuschkin-leaves-xai',
    );
  });

  it('keeps the folder the app is hosted in, written with or without its last slash', () => {
    for (const base of ['/timeline/', '/timeline'])
      expect(buildShareUrl(ORIGIN, base, DEFAULT_SEARCH, 'xai-founded')).toBe(
        'https://timeline.example/timeline/events/xai-founded',
      );
  });

  it('writes the view in canonical form: fixed order, defaults left out', () => {
    const search = {
      ...DEFAULT_SEARCH,
      person: ['igor-babuschkin'],
      kind: ['departure'],
      group: 'kind' as const,
      lang: 'ru' as const,
    };
    expect(buildShareUrl(ORIGIN, '/', search)).toBe(
      'https://timeline.example/?kind=departure&person=igor-babuschkin&lang=ru',
    );
  });

  it('escapes an event id that is not a plain id, so it cannot change the path', () => {
    expect(buildShareUrl(ORIGIN, '/', DEFAULT_SEARCH, '../admin?x=1')).toBe(
      'https://timeline.example/events/..%2Fadmin%3Fx%3D1',
    );
  });
});
