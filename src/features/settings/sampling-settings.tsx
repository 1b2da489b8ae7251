import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import type { SamplingKey } from '@/domain/thinking/sampling-input';
import { useAppStore } from '@/store';
import type { GenerationMode } from '@/domain/chat/chat-types';
import { SamplingField } from './sampling-field';

const FIELDS: SamplingKey[] = ['temperature', 'topP', 'topK', 'minP'];

function ModeSampling({ mode }: { mode: GenerationMode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="rounded-lg border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold">{t(`modes.${mode}`)}</legend>
      <div className="grid grid-cols-2 gap-2">
        {FIELDS.map((field) => (
          <SamplingField key={field} mode={mode} field={field} />
        ))}
      </div>
    </fieldset>
  );
}

export function SamplingSettings() {
  const { t } = useTranslation();
  const resetSampling = useAppStore((s) => s.resetSampling);
  // A reset also throws away what was typed and refused.
  const [resets, setResets] = useState(0);
  return (
    <div className="space-y-2 text-sm">
      <p className="font-semibold">{t('settings.sampling.title')}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('settings.sampling.hint')}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <ModeSampling key={`quick-${resets}`} mode="quick" />
        <ModeSampling key={`think-${resets}`} mode="think" />
      </div>
      <Button
        onClick={() => {
          resetSampling();
          setResets(resets + 1);
        }}
      >
        {t('settings.sampling.reset')}
      </Button>
    </div>
  );
}
