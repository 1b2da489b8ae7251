import {
  addFormatter,
  addTexts,
  hasTexts,
  onLanguageChange,
  currentLanguage,
  setLanguage,
  type Texts,
} from '@/lib/i18n/translate';
import { LANGUAGE_TAG, isUiLanguage, type UiLanguage } from '@/domain/language/ui-languages';
import { formatBytes, formatDecimal } from '@/lib/format';

// Only the shown language is loaded (the first paint carries one set of texts; each is its own
// chunk, which the service worker precaches for offline use); another one is fetched when the user
// switches to it. Key parity is unit-tested, so no fallback is needed.
const loaders: Record<UiLanguage, () => Promise<Texts>> = {
  en: async () => (await import('./en')).en,
  de: async () => (await import('./de')).de,
  es: async () => (await import('./es')).es,
  fr: async () => (await import('./fr')).fr,
  zh: async () => (await import('./zh')).zh,
  ja: async () => (await import('./ja')).ja,
};

/** Makes the texts of `language` available (loads them once). */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (hasTexts(language)) return;
  addTexts(language, await loaders[language]());
}

/** Shows `language`; resolves once its texts are ready, so the first render is translated. */
export async function initI18n(language: UiLanguage): Promise<void> {
  addFormatter('decimal', formatDecimal);
  addFormatter('bytes', formatBytes);
  if (typeof document !== 'undefined') {
    onLanguageChange(() => {
      const language = currentLanguage();
      document.documentElement.lang = isUiLanguage(language) ? LANGUAGE_TAG[language] : language;
    });
  }
  await changeLanguage(language);
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  setLanguage(language);
}
