import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useAppStore } from '@/store';
import { allKnownModels } from '@/store/model-selectors';
import { engineUsable } from '@/domain/engine/engine-state';

/**
 * Above the message box while no model runs: the load in progress (a return visit loads the last
 * model by itself; Cancel sits in the model panel), or the way to choose one. Nothing while the
 * model is usable, answering included.
 */
export function ComposerModelBar({ onChooseModel }: { onChooseModel: () => void }) {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const label = useAppStore((s) => {
    const modelId = s.load.status === 'idle' ? null : s.load.modelId;
    return allKnownModels(s).find((m) => m.id === modelId)?.label ?? modelId ?? '';
  });
  // Also while it generates: the bar would say "no model" and push the composer up mid-answer.
  if (engineUsable(load)) return null;

  if (load.status === 'loading') {
    const progress = load.progress;
    const phase = progress ? t(`models.load.phases.${progress.phase}`) : t('models.load.preparing');
    const percent = progress?.fraction != null ? Math.round(progress.fraction * 100) : null;
    return (
      <div
        role="group"
        aria-label={t('composer.modelLoading')}
        className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        <div className="min-w-0 flex-1 space-y-1">
          <p className="truncate" aria-live="polite">
            {t('models.status.loading', { model: label })} · {phase}
            {percent !== null && ` · ${t('units.percent', { value: percent })}`}
          </p>
          <ProgressBar
            fraction={progress?.fraction ?? null}
            label={t('models.status.loading', { model: label })}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-xl border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm dark:border-indigo-900 dark:bg-indigo-950/40">
      <p className="min-w-0 flex-1">{t('composer.noModel')}</p>
      <Button variant="primary" aria-haspopup="dialog" onClick={onChooseModel}>
        {t('composer.chooseModel')}
      </Button>
    </div>
  );
}
