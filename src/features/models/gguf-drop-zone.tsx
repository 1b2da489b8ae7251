import { useEffect, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { LocalModelOutcome, useOpenLocalModel } from './use-open-local-model';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * GGUF files dropped anywhere on the window open as a model (the browser would otherwise
 * navigate to the file). Shows where to drop while files are dragged over, then the outcome.
 */
export function GgufDropZone() {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const { outcome, open, dismiss } = useOpenLocalModel();

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void open([...(event.dataTransfer?.files ?? [])]);
    };
    addEventListener('dragover', over);
    addEventListener('dragleave', leave);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('dragleave', leave);
      removeEventListener('drop', drop);
    };
  }, [open]);

  return (
    <>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-indigo-600/20 p-6 backdrop-blur-sm">
          <div className="rounded-2xl border-2 border-dashed border-indigo-500 bg-white p-6 text-center shadow-xl dark:bg-slate-900">
            <p className="text-lg font-semibold">{t('models.local.dropTitle')}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t('models.local.dropHint')}
            </p>
          </div>
        </div>
      )}
      {outcome && (
        <div className="fixed bottom-4 left-1/2 z-40 flex w-[min(36rem,calc(100%-2rem))] -translate-x-1/2 items-start gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <div className="min-w-0 flex-1">
            <LocalModelOutcome outcome={outcome} />
          </div>
          <Button variant="ghost" onClick={dismiss}>
            {t('common.close')}
          </Button>
        </div>
      )}
    </>
  );
}
