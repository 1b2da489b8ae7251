import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { ggufBackend, type GgufBackendChoice } from '@/domain/models/gguf-backend';

const CHOICES: readonly GgufBackendChoice[] = ['auto', 'gpu', 'cpu'];

function isChoice(value: string): value is GgufBackendChoice {
  return (CHOICES as readonly string[]).includes(value);
}

/** Where GGUF models (wllama) run; shown while the CPU engine's models are offered. */
export function GgufBackendSelect() {
  const { t } = useTranslation();
  const capability = useAppStore((s) => s.capability);
  const choice = useAppStore((s) => s.ggufBackendChoice);
  const setChoice = useAppStore((s) => s.setGgufBackendChoice);
  const busy = useAppStore((s) => s.load.status === 'loading');
  const automatic = ggufBackend(capability, 'auto');
  const backendName = (backend: 'gpu' | 'cpu') => t(`models.backend.${backend}`);

  return (
    <div className="space-y-1">
      <label className="flex flex-wrap items-center gap-2">
        <span>{t('models.backend.label')}</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          value={choice}
          disabled={busy}
          onChange={(e) => {
            if (isChoice(e.target.value)) void setChoice(e.target.value);
          }}
        >
          <option value="auto">
            {t('models.backend.automatic', { backend: backendName(automatic.backend) })}
          </option>
          <option value="gpu" disabled={capability?.status !== 'available'}>
            {backendName('gpu')}
          </option>
          <option value="cpu">{backendName('cpu')}</option>
        </select>
      </label>
      {choice === 'auto' && automatic.reason !== 'gpu' && automatic.reason !== 'chosen-cpu' && (
        <p className="text-slate-600 dark:text-slate-400">
          {t(`models.backend.automaticReason.${automatic.reason}`)}
        </p>
      )}
    </div>
  );
}
