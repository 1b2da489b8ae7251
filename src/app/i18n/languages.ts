import { UI_LANGUAGES, type UiLanguage } from '@/store/settings-slice';

function isUiLanguage(code: string): code is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The language to show: the one picked in Settings, else the first of the browser's preferred
 * languages the app has (so "de-AT" gives German), else English.
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
