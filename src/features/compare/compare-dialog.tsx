import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icons';
import { useAppStore } from '@/store';
import { selectIsAnswering } from '@/store/selectors';
import { engineUsable } from '@/domain/engine/engine-state';
import { COMPARE_ORDER } from '@/store/compare-columns';
import { CompareColumn } from './compare-column';
import { ExportComparison } from './export-comparison';

/** Demo view: one prompt answered in each mode and by Auto, side by side. */
export function CompareButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [prompt, setPrompt] = useState('');
  const compare = useAppStore((s) => s.compare);
  const startCompare = useAppStore((s) => s.startCompare);
  const stop = useAppStore((s) => s.stop);
  const isGenerating = useAppStore(selectIsAnswering);
  const ready = useAppStore((s) => engineUsable(s.load));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void startCompare(prompt);
  };

  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        <Icon name="compare" className="h-5 w-5 sm:hidden" />
        <span className="max-sm:sr-only">{t('compare.button')}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('compare.title')}
        closeLabel={t('common.close')}
        size="xl"
      >
        <form onSubmit={submit} className="mb-4 flex flex-col gap-2 sm:flex-row">
          <textarea
            aria-label={t('compare.promptLabel')}
            rows={2}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            placeholder={ready ? t('compare.placeholderReady') : t('compare.placeholderNoModel')}
            className="flex-1 rounded-lg border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-800"
          />
          {isGenerating ? (
            <Button variant="danger" onClick={stop}>
              {t('common.stop')}
            </Button>
          ) : (
            <Button type="submit" variant="primary" disabled={!ready || !prompt.trim()}>
              {t('compare.runAll')}
            </Button>
          )}
        </form>
        {compare && (
          <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-4">
            {COMPARE_ORDER.map((column) => (
              <CompareColumn key={column} run={compare.runs[column]} />
            ))}
          </div>
        )}
        <ExportComparison />
      </Dialog>
    </>
  );
}
