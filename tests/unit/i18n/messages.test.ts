import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/i18n/format-bytes';
import { en } from '../../../src/i18n/messages-en';
import { ru } from '../../../src/i18n/messages-ru';

describe('Russian UI strings', () => {
  it('translate every English key', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('leave no English text on the Russian screen', () => {
    // The product name and the language names are the same in both languages on purpose.
    const sameOnPurpose = new Set(['appName', 'languageNames']);
    const sample = (value: unknown): string =>
      typeof value === 'function'
        ? String((value as (...args: unknown[]) => string)(3, 'X'))
        : JSON.stringify(value);
    const untranslated = Object.keys(en).filter(
      (key) =>
        !sameOnPurpose.has(key) &&
        sample(en[key as keyof typeof en]) === sample(ru[key as keyof typeof ru]),
    );
    expect(untranslated).toEqual([]);
    const groupNames = ru.groupNames as Record<string, string>;
    expect(Object.keys(groupNames).sort()).toEqual(Object.keys(en.groupNames).sort());
  });

  it.each([
    [1, '1 запись содержит ошибку'],
    [3, '3 записи содержат ошибки'],
    [5, '5 записей содержат ошибки'],
    [11, '11 записей содержат ошибки'],
    [21, '21 запись содержит ошибку'],
    [22, '22 записи содержат ошибки'],
  ])('count skipped records with the right Russian plural for %i', (count, expected) => {
    expect(ru.skippedSummary(count)).toBe(expected);
  });

  it.each([
    [1, 'Показано 1 из 1 события'],
    [2, 'Показано 2 из 2 событий'],
    [5, 'Показано 5 из 5 событий'],
    [21, 'Показано 21 из 21 события'],
    [111, 'Показано 111 из 111 событий'],
  ])('agree the status line with %i events', (count, expected) => {
    expect(ru.status(count, count)).toBe(expected);
  });

  it('put the numbers where they belong in the messages with arguments', () => {
    expect(ru.status(3, 12)).toBe('Показано 3 из 12 событий');
    // Grouped as Russian writes large numbers, unlike the English contract text.
    expect(ru.status(12345, 100000)).toBe('Показано 12\u00a0345 из 100\u00a0000 событий');
    expect(ru.errorTimeout(1)).toBe('Сервер не ответил за 1 секунду.');
    expect(ru.errorTimeout(30)).toBe('Сервер не ответил за 30 секунд.');
    expect(ru.errorHttp(404, 'Not Found')).toContain('404 (Not Found)');
    expect(ru.notFound('grok-5')).toContain('«grok-5»');
  });
});

describe('English UI strings', () => {
  it('count skipped records in the singular and the plural', () => {
    expect(en.skippedSummary(1)).toBe('1 record had a problem');
    expect(en.skippedSummary(2)).toBe('2 records had problems');
  });

  it('keep the contract texts other tests rely on', () => {
    expect(en.status(3, 12)).toBe('Showing 3 of 12 events');
    expect(en.status(12345, 100000)).toBe('Showing 12345 of 100000 events');
    expect(en.notFound('grok-5')).toMatch(/not found/);
    expect(en.errorHttp(500, '')).toBe('The server answered with error 500.');
  });
});

describe('formatBytes', () => {
  it('shows sizes in the reader’s language with a sensible unit', () => {
    expect(formatBytes(1500, 'en')).toBe('1.5 kB');
    expect(formatBytes(100 * 1024 * 1024, 'en')).toBe('105 MB');
    expect(formatBytes(100 * 1024 * 1024, 'ru')).toBe('105 МБ');
    expect(formatBytes(2_500_000_000_000, 'en')).toBe('2,500 GB');
  });
});
