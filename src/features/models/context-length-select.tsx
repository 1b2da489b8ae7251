import { useId } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import {
  contextLabel,
  memoryWithContextMB,
  shownContextChoice,
} from '@/domain/models/context-length';
import { useAppStore } from '@/store';
import { selectIsAnswering } from '@/store/selectors';
import { availableModels, contextTokensFor } from '@/store/model-selectors';

/** The context window for the selected model; a loaded model reloads when it changes. */
export function ContextLengthSelect() {
  const { t } = useTranslation();
  const id = useId();
  const model = useAppStore((s) => availableModels(s).find((m) => m.id === s.selectedModelId));
  const chosen = useAppStore((s) => (model ? contextTokensFor(s, model) : null));
  const loadedContext = useAppStore((s) =>
    (s.load.status === 'ready' || s.load.status === 'generating') && s.load.modelId === model?.id
      ? s.load.contextTokens
      : null,
  );

  const busy = useAppStore((s) => s.load.status === 'loading' || selectIsAnswering(s));
  const setContextLength = useAppStore((s) => s.setContextLength);
  if (!model || chosen === null) return null;
  const shown = shownContextChoice(model, chosen, loadedContext);
  const memoryMB = memoryWithContextMB(model, shown.value);
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {t('context.lengthLabel')}
      </label>{' '}
      <select
        id={id}
        value={shown.value}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void setContextLength(model.id, Number(e.target.value))}
        className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      >
        {shown.options.map((tokens) => (
          <option key={tokens} value={tokens}>
            {contextLabel(tokens)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {memoryMB !== null &&
          t('context.lengthHint', {
            memory: t('units.bytes', { value: memoryMB * 1024 * 1024 }),
          })}{' '}
        {loadedContext !== null && t('context.reloads')}{' '}
        {loadedContext !== null &&
          loadedContext < chosen &&
          t('context.trainedLimit', { max: contextLabel(loadedContext) })}
      </p>
    </div>
  );
}
