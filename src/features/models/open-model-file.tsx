import { useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { LocalModelOutcome, useOpenLocalModel } from './use-open-local-model';

/** "Open GGUF file…": one model file, or every part of a split model, from this computer. */
export function OpenModelFile() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { outcome, open } = useOpenLocalModel();
  return (
    <div className="space-y-1">
      <Button
        variant="ghost"
        onClick={() => input.current?.click()}
        className="w-full justify-start"
      >
        <span aria-hidden="true">⇪</span> {t('models.local.open')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".gguf"
        multiple
        hidden
        aria-label={t('models.local.inputLabel')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // The same file can be chosen again after a failure.
          event.target.value = '';
          void open(files);
        }}
      />
      <p className="px-3 text-xs text-slate-600 dark:text-slate-400">{t('models.local.hint')}</p>
      <LocalModelOutcome outcome={outcome} />
    </div>
  );
}
