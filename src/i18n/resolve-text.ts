import type { Text } from '../data/schema';

/** Dataset text in the wanted language, falling back to English (always present). */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const localized = Object.hasOwn(text, lang) ? text[lang] : undefined;
  // A blank translation would show nothing where the English has text.
  return typeof localized === 'string' && /\S/.test(localized) ? localized : text.en;
}

/** Every language's version of a text, for search indexing. */
export function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((value): value is string => typeof value === 'string');
}
