import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { useFit } from './use-fit';
import { availableModels } from '@/store/model-selectors';

/** Before loading a model that is too large for this machine, asks whether to go on anyway. */
export function useConfirmTooLarge(): () => boolean {
  const { t } = useTranslation();
  const fitOf = useFit();
  return () => {
    const state = useAppStore.getState();
    const model = availableModels(state).find((m) => m.id === state.selectedModelId);
    const fit = model ? fitOf(model) : null;
    if (!model || fit?.verdict !== 'too-large') return true;
    return window.confirm(
      t(`models.picker.confirmTooLarge.${fit.memory}`, {
        model: model.label,
        needed: fit.neededMB * 1e6,
        available: fit.availableMB * 1e6,
      }),
    );
  };
}
