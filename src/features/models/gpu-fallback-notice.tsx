import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

/** Says that a GGUF model asked to run on the GPU runs on the CPU, and why (kept while loaded). */
export function GpuFallbackNotice() {
  const { t } = useTranslation();
  const fallback = useAppStore((s) =>
    s.load.status === 'ready' || s.load.status === 'generating' ? s.load.gpuFallback : null,
  );
  if (fallback === null) return null;
  return (
    <div
      role="note"
      aria-label={t('models.backend.fallbackTitle')}
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium">{t('models.backend.fallbackTitle')}</p>
      <p>{t('models.backend.fallbackText')}</p>
      <details className="mt-1 text-xs">
        <summary>{t('models.backend.fallbackDetails')}</summary>
        <p className="break-words">{fallback}</p>
      </details>
    </div>
  );
}
