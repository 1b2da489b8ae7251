import { useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { AddModelForm } from './add-model-form';
import { CapabilityPanel } from './capability-panel';
import { ContextLengthSelect } from './context-length-select';
import { LoadControls } from './load-controls';
import { ModelPicker } from './model-picker';
import { OfflineModelNotice } from './offline-model-notice';
import { OpenModelFile } from './open-model-file';

/** `headingHidden`: inside the model dialog, whose title already names it. */
export function ModelPanel({ headingHidden = false }: { headingHidden?: boolean }) {
  const { t } = useTranslation();
  const pickerRef = useRef<HTMLDivElement>(null);
  const focusPicker = () => pickerRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  return (
    <section aria-labelledby="model-panel-title" className="space-y-4">
      <h2
        id="model-panel-title"
        className={
          headingHidden
            ? 'sr-only'
            : 'text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
        }
      >
        {t('models.title')}
      </h2>
      <CapabilityPanel />
      <OfflineModelNotice />
      <div ref={pickerRef}>
        <ModelPicker />
      </div>
      <ContextLengthSelect />
      <AddModelForm />
      <OpenModelFile />
      <LoadControls onPickSmaller={focusPicker} />
    </section>
  );
}
