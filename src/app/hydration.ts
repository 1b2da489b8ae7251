import type { UiLanguage } from '@/store/settings-slice';

/** The language index.html's prerendered shell is written in (src/app/prerender.tsx). */
export const SHELL_LANGUAGE: UiLanguage = 'en';

export interface ShellCheck {
  /** Whether #root holds the prerendered shell (a production build; not the dev server). */
  prerendered: boolean;
  shownLanguage: UiLanguage;
  /** The persisted settings before and after restoring them (JSON): equal on a first visit. */
  settingsBefore: string;
  settingsAfter: string;
}

/**
 * Whether the page may hydrate the prerendered shell: only when the first render will produce the
 * same markup, i.e. the defaults it was rendered from are still what is shown. A returning user's
 * restored settings or another language render the app afresh over it instead (in one commit, so
 * the shell stays on screen until the app replaces it).
 */
export function canHydrate(check: ShellCheck): boolean {
  return (
    check.prerendered &&
    check.shownLanguage === SHELL_LANGUAGE &&
    check.settingsBefore === check.settingsAfter
  );
}
