import { useEffect } from 'react';
import { detectLanguage, type UiLanguage } from '../i18n/languages';

/** The language from the URL, else the browser's; keeps <html lang> in step. */
export function useUiLanguage(fromUrl: UiLanguage | undefined): UiLanguage {
  const lang =
    fromUrl ?? detectLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
