import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { SamplingPreset } from '@/domain/thinking/sampling-presets';
import { MIN_THINKING_TEMPERATURE } from '@/domain/thinking/sampling-presets';
import { useAppStore } from '@/store';
import type { GenerationMode } from '@/domain/chat/chat-types';

const FIELDS: {
  key: keyof SamplingPreset;
  min: number;
  max: number;
  step: number;
}[] = [
  { key: 'temperature', min: 0, max: 2, step: 0.05 },
  { key: 'topP', min: 0, max: 1, step: 0.05 },
  { key: 'topK', min: 0, max: 200, step: 1 },
  { key: 'minP', min: 0, max: 1, step: 0.01 },
];

function ModeSampling({ mode }: { mode: GenerationMode }) {
  const { t } = useTranslation();
  const preset = useAppStore((s) => s.sampling[mode]);
  const setSampling = useAppStore((s) => s.setSampling);
  const title = t(`modes.${mode}`);
  const update = (key: keyof SamplingPreset, raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value)) return;
    const min = key === 'temperature' && mode === 'think' ? MIN_THINKING_TEMPERATURE : 0;
    setSampling(mode, { ...preset, [key]: Math.max(min, value) });
  };
  return (
    <fieldset className="rounded-lg border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold">{title}</legend>
      <div className="grid grid-cols-2 gap-2">
        {FIELDS.map((field) => (
          <label key={field.key} className="text-xs">
            {t('settings.sampling.field', {
              mode: title,
              field: t(`settings.sampling.fields.${field.key}`),
            })}
            <input
              type="number"
              min={field.min}
              max={field.max}
              step={field.step}
              value={preset[field.key]}
              onChange={(e) => update(field.key, e.target.value)}
              className="mt-0.5 w-full rounded border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-600 dark:bg-slate-800"
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SamplingSettings() {
  const { t } = useTranslation();
  const resetSampling = useAppStore((s) => s.resetSampling);
  return (
    <div className="space-y-2 text-sm">
      <p className="font-semibold">{t('settings.sampling.title')}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('settings.sampling.hint')}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <ModeSampling mode="quick" />
        <ModeSampling mode="think" />
      </div>
      <Button onClick={resetSampling}>{t('settings.sampling.reset')}</Button>
    </div>
  );
}
