/** The languages the app is written in; English is the source, the others translate every key. */
export const UI_LANGUAGES = ['en', 'de', 'es', 'fr', 'zh', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The BCP 47 tag for `lang` attributes: the Chinese texts are Simplified (fonts pick by script). */
export const LANGUAGE_TAG: Record<UiLanguage, string> = {
  en: 'en',
  de: 'de',
  es: 'es',
  fr: 'fr',
  zh: 'zh-Hans',
  ja: 'ja',
};

/** Each language in its own name, so that anyone finds theirs whatever is shown now. */
export const LANGUAGE_NAME: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  zh: '中文（简体）',
  ja: '日本語',
};

export function isUiLanguage(code: string): code is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code);
}
