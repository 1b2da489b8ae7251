import { useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { GenerationMode } from '@/domain/chat/chat-types';
import {
  checkSamplingInput,
  samplingLimits,
  type SamplingInputError,
  type SamplingKey,
} from '@/domain/thinking/sampling-input';
import { formatNumberInput, parseNumberInput } from '@/lib/locale-number';
import { useAppStore } from '@/store';

/**
 * One sampling number, typed in the reader's notation ("0,7" in German). A valid value is saved at
 * once; an empty field saves the default; anything else is refused with the reason beside it.
 */
export function SamplingField({ mode, field }: { mode: GenerationMode; field: SamplingKey }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const saved = useAppStore((s) => s.sampling[mode][field]);
  const setSampling = useAppStore((s) => s.setSampling);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<SamplingInputError | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const limits = samplingLimits(field, mode);
  const range = {
    min: formatNumberInput(limits.min, locale),
    max: formatNumberInput(limits.max, locale),
  };

  const onChange = (text: string) => {
    setDraft(text);
    const result = checkSamplingInput(field, mode, parseNumberInput(text));
    if (!result.ok) return setError(result.error);
    setError(null);
    const preset = useAppStore.getState().sampling[mode];
    setSampling(mode, { ...preset, [field]: result.value });
  };

  return (
    <div className="text-xs">
      <label htmlFor={inputId}>
        {t('settings.sampling.field', {
          mode: t(`modes.${mode}`),
          field: t(`settings.sampling.fields.${field}`),
        })}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode={limits.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={draft ?? formatNumberInput(saved, locale)}
        placeholder={t('settings.sampling.defaultPlaceholder')}
        aria-invalid={error !== null}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
        // Once left with a valid value, the field shows what was saved ("" becomes the default).
        onBlur={() => error === null && setDraft(null)}
        className={`mt-0.5 w-full rounded border bg-white px-1.5 py-0.5 dark:bg-slate-800 max-sm:min-h-10 ${
          error ? 'border-rose-500 dark:border-rose-400' : 'border-slate-300 dark:border-slate-600'
        }`}
      />
      <span id={hintId} className="mt-0.5 block text-slate-500 dark:text-slate-400">
        {t('settings.sampling.range', range)}
      </span>
      {error && (
        <span id={errorId} className="mt-0.5 block text-rose-600 dark:text-rose-400">
          {t(`settings.sampling.errors.${error}`, range)}
        </span>
      )}
    </div>
  );
}
