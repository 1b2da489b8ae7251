import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { LoadProgress } from '@/domain/engine-types';
import { useAppStore } from '@/store';
import { activeEngine } from '@/store/models-slice';
import { useConfirmTooLarge } from './use-confirm-too-large';
import { RECOVERY_ACTIONS, type RecoveryAction } from './error-messages';

export function ProgressLine({ progress }: { progress: LoadProgress | null }) {
  const { t } = useTranslation();
  const phase = progress ? t(`models.load.phases.${progress.phase}`) : t('models.load.preparing');
  const percent = progress?.fraction != null ? Math.round(progress.fraction * 100) : null;
  let bytes: string | null = null;
  if (progress?.bytesDone != null) {
    bytes = progress.bytesTotal
      ? t('models.load.bytesOf', { done: progress.bytesDone, total: progress.bytesTotal })
      : t('units.bytes', { value: progress.bytesDone });
  }
  return (
    <div className="space-y-1">
      <p className="text-sm" aria-live="polite">
        {phase}
        {percent !== null && ` · ${t('units.percent', { value: percent })}`}
        {bytes && ` · ${bytes}`}
      </p>
      <ProgressBar fraction={progress?.fraction ?? null} label={t('models.load.progressLabel')} />
    </div>
  );
}

export function LoadControls({ onPickSmaller }: { onPickSmaller: () => void }) {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const selectedId = useAppStore((s) => s.selectedModelId);
  const loadSelectedModel = useAppStore((s) => s.loadSelectedModel);
  const cancelModelLoad = useAppStore((s) => s.cancelModelLoad);
  const setEngineOverride = useAppStore((s) => s.setEngineOverride);
  const isGenerating = useAppStore((s) => s.isGenerating);
  const takeOverModel = useAppStore((s) => s.takeOverModel);
  const modelMovedToOtherTab = useAppStore((s) => s.modelMovedToOtherTab);
  const engine = useAppStore(activeEngine);
  const confirmLoad = useConfirmTooLarge();

  const runAction = (action: RecoveryAction) => {
    if (action === 'retry') void loadSelectedModel();
    else if (action === 'use-cpu') setEngineOverride('cpu');
    else onPickSmaller();
  };

  if (load.status === 'loading') {
    return (
      <div className="space-y-2">
        <ProgressLine progress={load.progress} />
        <Button onClick={cancelModelLoad}>{t('common.cancel')}</Button>
      </div>
    );
  }

  const alreadyLoaded = load.status === 'ready' && load.modelId === selectedId;
  return (
    <div className="space-y-2">
      {load.status === 'locked' && (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p className="font-semibold">{t('models.load.lockedTitle')}</p>
          <p className="mt-1">
            {engine === 'cpu' ? t('models.load.lockedTextCpu') : t('models.load.lockedText')}
          </p>
          <Button className="mt-2" onClick={() => void takeOverModel()}>
            {t('models.load.takeOver')}
          </Button>
        </div>
      )}
      {modelMovedToOtherTab && (
        <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm dark:bg-slate-800">
          {t('models.load.moved')}
        </p>
      )}
      {load.status === 'error' && (
        <div
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm dark:border-rose-800 dark:bg-rose-950/40"
        >
          <p className="font-semibold">{t(`errors.${load.code}.title`)}</p>
          <p className="mt-1">{t(`errors.${load.code}.hint`)}</p>
          <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            <summary>{t('models.load.technicalDetails')}</summary>
            {load.detail}
          </details>
          <div className="mt-2 flex flex-wrap gap-2">
            {RECOVERY_ACTIONS[load.code].map((action) => (
              <Button key={action} onClick={() => runAction(action)}>
                {t(`models.load.actions.${action}`)}
              </Button>
            ))}
          </div>
        </div>
      )}
      {/* While another tab holds the model, taking it over is the one action that makes sense. */}
      {load.status !== 'locked' && (
        <Button
          variant="primary"
          onClick={() => {
            if (confirmLoad()) void loadSelectedModel();
          }}
          disabled={!selectedId || alreadyLoaded || isGenerating}
          className="w-full"
        >
          {alreadyLoaded ? t('models.load.loaded') : t('models.load.load')}
        </Button>
      )}
    </div>
  );
}
