import { describe, expect, it } from 'vitest';
import { detectLanguage, isUiLanguage } from '../../../src/i18n/languages';

describe('detectLanguage', () => {
  it('picks Russian for a Russian browser, whatever the region', () => {
    expect(detectLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(detectLanguage(['RU'])).toBe('ru');
  });

  it('uses the first preference the app supports', () => {
    expect(detectLanguage(['de-DE', 'ru', 'en'])).toBe('ru');
    expect(detectLanguage(['en-GB', 'ru'])).toBe('en');
  });

  it('falls back to English when nothing matches or nothing is known', () => {
    expect(detectLanguage(['de', 'fr-CA'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});

describe('isUiLanguage', () => {
  it('accepts only the languages the interface is translated into', () => {
    expect(['en', 'ru', 'de', 'EN', '', undefined, 1].map(isUiLanguage)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
