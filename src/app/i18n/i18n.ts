import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatBytes, formatDecimal } from '@/lib/format';
import type { UiLanguage } from '@/store/settings-slice';
import { de } from './de';
import { en } from './en';

export const resources = { en: { translation: en }, de: { translation: de } } as const;

/** Starts i18next in `language`; resolves once texts are ready, so the first render is translated. */
export async function initI18n(language: UiLanguage): Promise<void> {
  if (typeof document !== 'undefined') {
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  const formatter = i18next.services.formatter;
  formatter?.add('decimal', (value: number, lng) => formatDecimal(value, lng));
  formatter?.add('bytes', (value: number, lng) => formatBytes(value, lng));
}

export function changeLanguage(language: UiLanguage): Promise<unknown> {
  return i18next.changeLanguage(language);
}
