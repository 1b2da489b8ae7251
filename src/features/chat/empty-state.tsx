import { useTranslation } from '@/lib/i18n/use-translation';
import { detectMode } from '@/domain/detector/detector';
import { useAppStore } from '@/store';

/** Two prompts Auto answers quickly and two it thinks about: the point of the app in one look. */
const EXAMPLES = ['factual', 'names', 'trains', 'palindrome'] as const;

export function EmptyState() {
  const { t } = useTranslation();
  const send = useAppStore((s) => s.send);
  const modeChoice = useAppStore((s) => s.modeChoice);
  return (
    // Japanese wraps between phrases, not inside a word ("プライベ|ート"); other languages as usual.
    <div className="mt-8 text-center [word-break:auto-phrase]">
      <p className="text-2xl font-semibold text-slate-700 dark:text-slate-200">
        {t('emptyState.title')}
      </p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {modeChoice === 'auto' ? t('emptyState.introAuto') : t('emptyState.intro')}
      </p>
      <ul className="mt-6 grid gap-3 text-left sm:grid-cols-2">
        {EXAMPLES.map((key) => {
          const example = t(`emptyState.examples.${key}`);
          // What will really happen in the current mode: Auto decides per prompt, the others are fixed.
          const mode = modeChoice === 'auto' ? detectMode(example).mode : modeChoice;
          return (
            <li key={key}>
              <button
                type="button"
                onClick={() => void send(example)}
                className="h-full w-full rounded-xl border border-slate-200 bg-white p-3 text-sm hover:border-indigo-400 dark:border-slate-700 dark:bg-slate-900"
              >
                <span
                  className={`mb-1 block text-xs font-semibold uppercase tracking-wide ${mode === 'think' ? 'text-violet-600 dark:text-violet-300' : 'text-emerald-700 dark:text-emerald-300'}`}
                >
                  {modeChoice === 'auto'
                    ? t('emptyState.autoDecision', { mode: t(`modes.${mode}`) })
                    : t(`modes.${mode}`)}
                </span>
                {example}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
