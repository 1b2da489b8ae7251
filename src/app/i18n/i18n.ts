import {
  addFormatter,
  addTexts,
  hasTexts,
  onLanguageChange,
  currentLanguage,
  setLanguage,
  type Texts,
} from '@/lib/i18n/translate';
import { formatBytes, formatDecimal } from '@/lib/format';
import type { UiLanguage } from '@/store/settings-slice';

// Only the shown language is loaded (the first paint carries one set of texts); the other one is
// fetched when the user switches to it. Key parity is unit-tested, so no fallback is needed.
const loaders: Record<UiLanguage, () => Promise<Texts>> = {
  en: async () => (await import('./en')).en,
  de: async () => (await import('./de')).de,
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
      document.documentElement.lang = currentLanguage();
    });
  }
  await changeLanguage(language);
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  setLanguage(language);
}
