import { useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
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
  // Which models fit depends on this device (WebGPU, memory): until the check has answered (and
  // in the HTML prerendered at build time) a placeholder holds the list's place.
  const checked = useAppStore((s) => s.capability !== null);
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
      {checked ? (
        <>
          <div ref={pickerRef}>
            <ModelPicker />
          </div>
          <ContextLengthSelect />
          <AddModelForm />
          <OpenModelFile />
          <LoadControls onPickSmaller={focusPicker} />
        </>
      ) : (
        <div className="h-40 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
      )}
    </section>
  );
}
