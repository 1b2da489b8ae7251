import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import type { ModeChoice } from '@/domain/chat/chat-types';

const options: readonly ModeChoice[] = ['quick', 'think', 'refine', 'auto'];

/** Native radios: arrow keys move the choice, Tab leaves the group, as users expect. */
export function ModeSwitch() {
  const { t } = useTranslation();
  const modeChoice = useAppStore((s) => s.modeChoice);
  const setModeChoice = useAppStore((s) => s.setModeChoice);
  return (
    <div
      role="radiogroup"
      aria-label={t('modeSwitch.label')}
      className="inline-flex rounded-lg border border-slate-300 bg-slate-100 p-0.5 text-sm dark:border-slate-700 dark:bg-slate-800"
    >
      {options.map((option) => (
        <label
          key={option}
          title={t(`modeSwitch.hints.${option}`)}
          className="relative cursor-pointer rounded-md px-2 py-1 whitespace-nowrap text-slate-600 sm:px-3 has-[:checked]:bg-white has-[:checked]:text-indigo-700 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 dark:text-slate-300 dark:has-[:checked]:bg-slate-950 dark:has-[:checked]:text-indigo-300"
        >
          <input
            type="radio"
            name="thinking-mode"
            value={option}
            checked={modeChoice === option}
            onChange={() => setModeChoice(option)}
            className="absolute inset-0 cursor-pointer opacity-0"
          />
          {t(`modes.${option}`)}
        </label>
      ))}
    </div>
  );
}
