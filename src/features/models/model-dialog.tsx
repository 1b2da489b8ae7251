import type { TFunction } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icons';
import type { LoadState } from '@/store/engine-slice';
import { useAppStore } from '@/store';
import { ModelPanel } from './model-panel';
import { availableModels } from '@/store/model-selectors';

function statusText(label: string | null, load: LoadState, t: TFunction) {
  if (load.status === 'ready' || load.status === 'generating') {
    // web-llm is the WebGPU engine; a GGUF model (wllama) says which backend it runs on.
    const engine = load.engine === 'webgpu' ? 'WebGPU' : t(`models.backend.${load.runsOn}`);
    return t('models.status.ready', { model: label ?? load.modelId, engine });
  }
  if (load.status === 'loading') return t('models.status.loading', { model: label ?? '' });
  if (load.status === 'recovering') return t('models.status.recovering', { model: label ?? '' });
  if (load.status === 'failed') return t('models.status.failed', { model: label ?? '' });
  return t('models.status.none');
}

/**
 * The header's model status; it opens the model panel in a dialog. The page shows the panel
 * inline while no model runs, never both at once (they share radio names).
 */
export function ModelStatusButton({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const label = useAppStore((s) => {
    const modelId = s.load.status === 'idle' ? null : s.load.modelId;
    return availableModels(s).find((m) => m.id === modelId)?.label ?? null;
  });

  const status = statusText(label, load, t);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={t('models.status.button', { status })}
        onClick={() => onOpenChange(true)}
        className={`inline-flex min-h-8 min-w-0 max-w-full items-center gap-1 rounded-full border px-3 py-1 text-xs font-medium shadow-sm transition-colors max-sm:min-h-10 ${
          load.status === 'ready'
            ? 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'
            : 'border-indigo-300 bg-indigo-50 text-indigo-800 hover:bg-indigo-100 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-200 dark:hover:bg-indigo-900'
        }`}
      >
        <span role="status" className="truncate">
          {status}
        </span>
        <Icon name="chevron" className="h-3.5 w-3.5" />
      </button>
      <Dialog
        open={open}
        onClose={() => onOpenChange(false)}
        title={t('models.dialogLabel')}
        closeLabel={t('common.close')}
        size="md"
      >
        <ModelPanel headingHidden />
      </Dialog>
    </>
  );
}
