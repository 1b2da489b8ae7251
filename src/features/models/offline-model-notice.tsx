import { useTranslation } from '@/lib/i18n/use-translation';
import { useOnlineStatus } from '@/lib/use-online-status';
import { useAppStore } from '@/store';
import { availableModels } from '@/store/model-selectors';
import { CachedAlternatives } from './cached-alternatives';

/**
 * Offline, before a model runs: the chosen model needs one download while online, and any model
 * already in this browser's storage is offered instead.
 */
export function OfflineModelNotice() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const model = useAppStore((s) => availableModels(s).find((m) => m.id === s.selectedModelId));
  const cached = useAppStore((s) => model !== undefined && s.cachedModelIds.includes(model.id));
  if (online || !model || cached) return null;
  return (
    <div
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">{t('models.offline.title')}</p>
      <p className="mt-1">{t('models.offline.needsDownload', { model: model.label })}</p>
      <CachedAlternatives exceptId={model.id} />
    </div>
  );
}
