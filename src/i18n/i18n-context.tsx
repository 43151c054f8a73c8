import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from './languages';
import { en, type Messages } from './messages-en';
import { ru } from './messages-ru';

const MESSAGES: Record<UiLanguage, Messages> = { en, ru };

interface I18n {
  lang: UiLanguage;
  t: Messages;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: en });

export function I18nProvider({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: MESSAGES[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function messagesFor(lang: UiLanguage): Messages {
  return MESSAGES[lang];
}
