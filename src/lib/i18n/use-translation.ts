import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, fixedT, onLanguageChange, type TFunction } from './translate';

/** The shown language's `t`; the component renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: { language: string } } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  return useMemo(() => ({ t: fixedT(language), i18n: { language } }), [language]);
}
