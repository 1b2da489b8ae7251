import { useTranslation } from '@/lib/i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/store';
import { Button } from '@/components/ui/button';
import { CPU_DEFAULT_MODEL, type FitVerdict } from '@/domain/models/catalog';
import { useFit } from './use-fit';
import { availableModels, modelRunsOnGpu } from '@/store/model-selectors';

const verdictStyle: Record<FitVerdict, string> = {
  fits: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200',
  tight: 'bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-200',
  'too-large': 'bg-rose-100 text-rose-800 dark:bg-rose-900/50 dark:text-rose-200',
};

export function ModelPicker() {
  const { t } = useTranslation();
  const models = useAppStore(useShallow(availableModels));
  const selectedId = useAppStore((s) => s.selectedModelId);
  const cachedIds = useAppStore((s) => s.cachedModelIds);
  const selectModel = useAppStore((s) => s.selectModel);
  const removeCustomModel = useAppStore((s) => s.removeCustomModel);
  const busy = useAppStore((s) => s.load.status === 'loading');
  const fitOf = useFit();
  const capability = useAppStore((s) => s.capability);
  const ggufBackendChoice = useAppStore((s) => s.ggufBackendChoice);
  // Every GGUF model runs on the same backend: ask for any one of them.
  const ggufOn = modelRunsOnGpu({ capability, ggufBackendChoice }, CPU_DEFAULT_MODEL)
    ? t('models.picker.ggufGpu')
    : t('models.picker.ggufCpu');

  return (
    <div role="radiogroup" aria-label={t('models.picker.label')} className="space-y-1.5">
      {models.map((model) => {
        const fit = fitOf(model);
        const cached = cachedIds.includes(model.id);
        const detailsId = `model-details-${model.id}`;
        const fitId = `model-fit-${model.id}`;
        const cachedId = `model-cached-${model.id}`;
        return (
          <div
            key={model.id}
            className={`flex items-start gap-2 rounded-lg border p-2 ${
              model.id === selectedId
                ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40'
                : 'border-slate-200 dark:border-slate-700'
            }`}
          >
            <input
              id={`model-${model.id}`}
              type="radio"
              name="model"
              className="mt-1 accent-indigo-600"
              checked={model.id === selectedId}
              disabled={busy}
              onChange={() => selectModel(model.id)}
              aria-describedby={[
                detailsId,
                cached && cachedId,
                fit && fit.verdict !== 'fits' && fitId,
              ]
                .filter(Boolean)
                .join(' ')}
            />
            <div className="min-w-0 flex-1">
              <label htmlFor={`model-${model.id}`} className="block font-medium">
                {model.label}
              </label>
              <p id={detailsId} className="text-xs text-slate-600 dark:text-slate-400">
                {[
                  model.engine === 'webgpu' ? model.id.replace(/^custom:/, '') : ggufOn,
                  model.downloadBytes === null
                    ? t('models.picker.sizeUnknown')
                    : t('models.picker.download', { size: model.downloadBytes }),
                  fit !== null && t('models.picker.needs', { size: fit.neededMB * 1024 * 1024 }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-1.5">
                {fit && (
                  <span className={`rounded px-1.5 py-0.5 text-xs ${verdictStyle[fit.verdict]}`}>
                    {fit.verdict === 'too-large' && fit.memory === 'ram'
                      ? t('models.picker.tooLargeForDevice')
                      : t(`models.picker.verdicts.${fit.verdict}`)}
                  </span>
                )}
                {cached && (
                  <span
                    id={cachedId}
                    className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800 dark:bg-sky-900/50 dark:text-sky-200"
                  >
                    {t('models.picker.cached')}
                  </span>
                )}
                {model.id.startsWith('custom:') && (
                  <Button
                    variant="ghost"
                    className="!px-1.5 !py-0 text-xs"
                    aria-label={t('models.picker.removeLabel', { model: model.label })}
                    onClick={() => removeCustomModel(model.id)}
                    disabled={busy}
                  >
                    {t('models.picker.remove')}
                  </Button>
                )}
              </div>
              {fit && fit.verdict !== 'fits' && (
                <p id={fitId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t(`models.picker.fitExplained.${fit.memory}`, {
                    needed: fit.neededMB * 1e6,
                    available: fit.availableMB * 1e6,
                  })}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
