import { describe, expect, it } from 'vitest';
import { allTexts, resolveText } from '../../../src/i18n/resolve-text';

describe('resolveText', () => {
  it('shows the reader’s language when the dataset has it', () => {
    expect(resolveText({ en: 'Founding', ru: 'Основание' }, 'ru')).toBe('Основание');
    expect(resolveText({ en: 'Founding', ru: 'Основание' }, 'en')).toBe('Founding');
  });

  it('falls back to English when the translation is missing or empty', () => {
    expect(resolveText({ en: 'Founding' }, 'ru')).toBe('Founding');
    expect(resolveText({ en: 'Founding', ru: '' }, 'ru')).toBe('Founding');
  });

  it('shows a plain string in every language', () => {
    expect(resolveText('Acme AI', 'ru')).toBe('Acme AI');
  });

  it('falls back to English over a blank translation', () => {
    expect(resolveText({ en: 'Launch', ru: '   ' }, 'ru')).toBe('Launch');
    expect(resolveText({ en: 'Launch', ru: '' }, 'ru')).toBe('Launch');
  });

  it('shows nothing for a missing optional text', () => {
    expect(resolveText(undefined, 'en')).toBe('');
  });

  it('does not read inherited members when the language code is a prototype name', () => {
    expect(resolveText({ en: 'Safe' }, 'constructor')).toBe('Safe');
    expect(resolveText({ en: 'Safe' }, '__proto__')).toBe('Safe');
    expect(resolveText({ en: 'Safe' }, 'toString')).toBe('Safe');
  });
});

describe('allTexts', () => {
  it('collects every language for search', () => {
    expect(allTexts({ en: 'Launch', ru: 'Запуск' })).toEqual(['Launch', 'Запуск']);
    expect(allTexts('Launch')).toEqual(['Launch']);
    expect(allTexts(undefined)).toEqual([]);
  });
});
