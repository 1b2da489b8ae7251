import { isUiLanguage, type UiLanguage } from '@/domain/language/ui-languages';

/**
 * The language to show: the one picked in Settings, else the first of the browser's preferred
 * languages the app has (so "de-AT" gives German and "zh-TW" the Simplified Chinese texts), else
 * English.
 */
export function resolveLanguage(
  choice: UiLanguage | null,
  browserLanguages: readonly string[],
): UiLanguage {
  if (choice) return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
