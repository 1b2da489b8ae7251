import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icons';
import { useAppStore } from '@/store';
import { allKnownModels } from '@/store/model-selectors';
import { isLocalModel } from '@/domain/models/local-model';

function StorageContents() {
  const { t } = useTranslation();
  const models = useAppStore(
    useShallow((s) => allKnownModels(s).filter((m) => s.cachedModelIds.includes(m.id))),
  );
  const cachedBytes = useAppStore((s) => s.cachedBytes);
  const estimate = useAppStore((s) => s.storageEstimate);
  const persistence = useAppStore((s) => s.persistence);
  const deleteCachedModel = useAppStore((s) => s.deleteCachedModel);
  const removeCustomModel = useAppStore((s) => s.removeCustomModel);
  const requestPersistence = useAppStore((s) => s.requestPersistence);
  return (
    <div className="space-y-4 text-sm">
      <p>
        {estimate.usageBytes !== null && estimate.quotaBytes !== null
          ? t('models.storage.usage', { used: estimate.usageBytes, quota: estimate.quotaBytes })
          : t('models.storage.noEstimate')}
      </p>
      <div>
        <p>{t(`models.storage.persistence.${persistence}`)}</p>
        {persistence !== 'granted' && persistence !== 'unsupported' && (
          <Button className="mt-1" onClick={() => void requestPersistence()}>
            {t('models.storage.askPersistence')}
          </Button>
        )}
      </div>
      <ul
        aria-label={t('models.storage.downloaded')}
        className="divide-y divide-slate-200 dark:divide-slate-700"
      >
        {models.length === 0 && (
          <li className="py-2 text-slate-600 dark:text-slate-400">{t('models.storage.none')}</li>
        )}
        {models.map((model) => {
          const bytes = cachedBytes[model.id] ?? model.downloadBytes;
          return (
            <li key={model.id} className="flex items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{model.label}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {model.engine === 'webgpu' ? 'WebGPU (web-llm)' : 'CPU (wllama)'}
                  {isLocalModel(model) && ` · ${t('models.storage.fromComputer')}`}
                  {bytes !== null &&
                    ` · ${
                      cachedBytes[model.id]
                        ? t('units.bytes', { value: bytes })
                        : t('models.storage.approx', { size: bytes })
                    }`}
                </p>
              </div>
              <Button
                variant="ghost"
                aria-label={t('models.storage.deleteModel', { model: model.label })}
                onClick={() =>
                  // A model from this computer has no other copy to download: it goes from the list.
                  void deleteCachedModel(model.id).then(
                    () => isLocalModel(model) && removeCustomModel(model.id),
                  )
                }
              >
                {t('common.delete')}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function StorageButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const refresh = useAppStore((s) => s.refreshCachedModels);
  return (
    <>
      <Button
        variant="ghost"
        onClick={() => {
          void refresh();
          setOpen(true);
        }}
      >
        <Icon name="storage" className="h-5 w-5 sm:hidden" />
        <span className="max-sm:sr-only">{t('models.storage.button')}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('models.storage.title')}
        closeLabel={t('common.close')}
      >
        <StorageContents />
      </Dialog>
    </>
  );
}
