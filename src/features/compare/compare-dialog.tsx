import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { engineUsable } from '@/domain/engine/engine-state';
import { COMPARE_ORDER } from '@/store/compare-slice';
import { CompareColumn } from './compare-column';

/** Demo view: one prompt answered in Quick and in Think, side by side. */
export function CompareButton() {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [prompt, setPrompt] = useState('');
  const compare = useAppStore((s) => s.compare);
  const startCompare = useAppStore((s) => s.startCompare);
  const stop = useAppStore((s) => s.stop);
  const isGenerating = useAppStore((s) => s.isGenerating);
  const ready = useAppStore((s) => engineUsable(s.load));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void startCompare(prompt);
  };

  return (
    <>
      <Button variant="ghost" onClick={() => dialogRef.current?.showModal()}>
        {t('compare.button')}
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="compare-title"
        className="m-auto max-h-[92dvh] w-[min(72rem,calc(100vw-1rem))] rounded-xl bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="mb-3 flex items-center gap-2">
          <h2 id="compare-title" className="text-lg font-semibold">
            {t('compare.title')}
          </h2>
          <Button variant="ghost" className="ml-auto" onClick={() => dialogRef.current?.close()}>
            {t('common.close')}
          </Button>
        </div>
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
          <div className="flex flex-col gap-3 md:flex-row">
            {COMPARE_ORDER.map((mode) => (
              <CompareColumn key={mode} run={compare.runs[mode]} />
            ))}
          </div>
        )}
      </dialog>
    </>
  );
}
