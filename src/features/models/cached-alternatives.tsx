import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { availableModels } from '@/store/model-selectors';

/** Models already in this browser's storage, other than `exceptId`, each one click from chosen. */
export function CachedAlternatives({ exceptId }: { exceptId: string | null }) {
  const { t } = useTranslation();
  const cached = useAppStore(
    useShallow((s) =>
      availableModels(s).filter((m) => m.id !== exceptId && s.cachedModelIds.includes(m.id)),
    ),
  );
  const selectModel = useAppStore((s) => s.selectModel);
  if (cached.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <span>{t('models.offline.alreadyHere')}</span>
      {cached.map((model) => (
        <Button key={model.id} onClick={() => selectModel(model.id)}>
          {t('models.offline.useModel', { model: model.label })}
        </Button>
      ))}
    </div>
  );
}
