import { TIME_LIMIT_OPTIONS } from '@/domain/thinking-policy/time-limit';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

const fieldClass =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

/** "Stop thinking once the answer is settled" and the thinking time limit, beside the budget. */
export function ThinkingPolicySettings() {
  const { t } = useTranslation();
  const stopWhenSettled = useAppStore((s) => s.stopWhenSettled);
  const setStopWhenSettled = useAppStore((s) => s.setStopWhenSettled);
  const timeLimit = useAppStore((s) => s.thinkingTimeLimit);
  const setTimeLimit = useAppStore((s) => s.setThinkingTimeLimit);
  const label = (seconds: number | null) =>
    seconds === null
      ? t('settings.noTimeLimit')
      : seconds < 60
        ? t('units.seconds', { value: seconds })
        : t('units.minutes', { value: seconds / 60 });
  return (
    <>
      <label className="block text-sm">
        {t('settings.timeLimit')}
        <select
          className={fieldClass}
          value={timeLimit ?? 'none'}
          onChange={(e) => setTimeLimit(e.target.value === 'none' ? null : Number(e.target.value))}
        >
          {TIME_LIMIT_OPTIONS.map((option) => (
            <option key={option ?? 'none'} value={option ?? 'none'}>
              {label(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={stopWhenSettled}
          onChange={(e) => setStopWhenSettled(e.target.checked)}
        />
        {t('settings.stopWhenSettled')}
      </label>
    </>
  );
}
