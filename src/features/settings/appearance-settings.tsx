import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import {
  LANGUAGE_NAME,
  LANGUAGE_TAG,
  UI_LANGUAGES,
  type UiLanguage,
} from '@/domain/language/ui-languages';
import type { TextSize, ThemeChoice } from '@/store/settings-slice';

const selectClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large'];

function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <label className="block text-sm font-semibold">
      {t('language.label')}
      <select
        className={selectClass}
        value={i18n.language}
        onChange={(e) => setLanguage(e.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={LANGUAGE_TAG[code]}>
            {LANGUAGE_NAME[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AppearanceSettings() {
  const { t } = useTranslation();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const textSize = useAppStore((s) => s.textSize);
  const setTextSize = useAppStore((s) => s.setTextSize);
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <LanguageSetting />
      <label className="block text-sm font-semibold">
        {t('settings.theme')}
        <select
          className={selectClass}
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        >
          {THEMES.map((value) => (
            <option key={value} value={value}>
              {t(`settings.themes.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-semibold">
        {t('settings.textSize')}
        <select
          className={selectClass}
          value={textSize}
          onChange={(e) => setTextSize(e.target.value as TextSize)}
        >
          {TEXT_SIZES.map((value) => (
            <option key={value} value={value}>
              {t(`settings.textSizes.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
