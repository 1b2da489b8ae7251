import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { LoadProgress } from '@/domain/engine-types';
import { engineUsable, stateModelId } from '@/domain/engine/engine-state';
import { useAppStore } from '@/store';
import { selectIsAnswering } from '@/store/selectors';
import { type LoadState } from '@/store/engine-slice';
import { useConfirmTooLarge } from './use-confirm-too-large';
import { CachedAlternatives } from './cached-alternatives';
import { failureHint, recoveryActions, type RecoveryAction } from './error-messages';
import { activeEngine, allKnownModels } from '@/store/model-selectors';

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

function FailedAlert({
  load,
  onAction,
}: {
  load: Extract<LoadState, { status: 'failed' }>;
  onAction: (action: RecoveryAction) => void;
}) {
  const { t } = useTranslation();
  const isCustom = useAppStore((s) => s.customModels.some((m) => m.id === load.modelId));
  const model = useAppStore((s) => allKnownModels(s).find((m) => m.id === load.modelId));
  const actions = recoveryActions(load.code, isCustom, load.offerCpu);
  const hint = failureHint(load.code, isCustom);
  const noConnection = hint === 'errors.catalogUnreachable.hint';
  const address = model ? (model.engine === 'cpu' ? model.ggufUrl : model.modelUrl) : null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm dark:border-rose-800 dark:bg-rose-950/40"
    >
      {load.offerCpu && (
        <>
          <p className="font-semibold">{t('models.load.offerCpuTitle')}</p>
          <p className="mb-2">{t('models.load.offerCpuText')}</p>
        </>
      )}
      <p className="font-semibold">{t(`errors.${load.code}.title`)}</p>
      {load.httpStatus !== null && (
        <p className="mt-1">{t('models.load.httpStatus', { status: load.httpStatus })}</p>
      )}
      <p className="mt-1">{t(hint)}</p>
      {address && noConnection && (
        <p className="mt-1 break-all">{t('models.load.address', { url: address })}</p>
      )}
      <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <summary>{t('models.load.technicalDetails')}</summary>
        {load.detail}
      </details>
      {(noConnection || load.code === 'offline') && <CachedAlternatives exceptId={load.modelId} />}
      <div className="mt-2 flex flex-wrap gap-2">
        {actions.map((action) => (
          <Button key={action} onClick={() => onAction(action)}>
            {t(`models.load.actions.${action}`)}
          </Button>
        ))}
      </div>
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
  const removeCustomModel = useAppStore((s) => s.removeCustomModel);
  const isGenerating = useAppStore(selectIsAnswering);
  const takeOverModel = useAppStore((s) => s.takeOverModel);
  const modelMovedToOtherTab = useAppStore((s) => s.modelMovedToOtherTab);
  const modelLabel = useAppStore(
    (s) => allKnownModels(s).find((m) => m.id === stateModelId(s.load))?.label ?? '',
  );
  const engine = useAppStore(activeEngine);
  const confirmLoad = useConfirmTooLarge();

  const runAction = (action: RecoveryAction) => {
    if (action === 'retry') void loadSelectedModel();
    else if (action === 'use-cpu') {
      setEngineOverride('cpu');
      void loadSelectedModel();
    } else if (action === 'remove-model' && load.status === 'failed')
      removeCustomModel(load.modelId);
    else onPickSmaller();
  };

  if (load.status === 'loading' || load.status === 'recovering') {
    return (
      <div className="space-y-2">
        {load.status === 'recovering' && (
          <div
            role="status"
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
          >
            <p className="font-semibold">{t('models.load.recoveringTitle')}</p>
            <p className="mt-1">{t(`errors.${load.cause}.title`)}</p>
            <p className="mt-1">{t('models.load.recoveringText', { model: modelLabel })}</p>
          </div>
        )}
        <ProgressLine progress={load.progress} />
        <Button onClick={cancelModelLoad}>{t('common.cancel')}</Button>
      </div>
    );
  }

  const alreadyLoaded = engineUsable(load) && stateModelId(load) === selectedId;
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
      {load.status === 'failed' && <FailedAlert load={load} onAction={runAction} />}
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
