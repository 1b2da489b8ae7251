import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatBytes, formatDecimal } from '@/lib/format';
import type { UiLanguage } from '@/store/settings-slice';

// Only the shown language is loaded (the first paint carries one set of texts); the other one is
// fetched when the user switches to it. Key parity is unit-tested, so no fallback is needed.
const loaders: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: async () => (await import('./en')).en,
  de: async () => (await import('./de')).de,
};

/** Makes the texts of `language` available (loads them once). */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language]());
}

/** Starts i18next in `language`; resolves once texts are ready, so the first render is translated. */
export async function initI18n(language: UiLanguage): Promise<void> {
  if (typeof document !== 'undefined') {
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
  }
  const translation = await loaders[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: false,
    supportedLngs: ['en', 'de'],
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  const formatter = i18next.services.formatter;
  formatter?.add('decimal', (value: number, lng) => formatDecimal(value, lng));
  formatter?.add('bytes', (value: number, lng) => formatBytes(value, lng));
}

export async function changeLanguage(language: UiLanguage): Promise<unknown> {
  await loadLanguage(language);
  return i18next.changeLanguage(language);
}
