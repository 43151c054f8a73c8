export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The UI language a browser asks for: Russian if its first supported preference is Russian. */
export function detectLanguage(preferences: readonly string[]): UiLanguage {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
