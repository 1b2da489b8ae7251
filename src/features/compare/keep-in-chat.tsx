import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { columnAnswered, type CompareRun } from '@/store/compare-columns';

/** "Keep in chat" under a finished column: its answer joins the conversation, saved. */
export function KeepInChat({ run }: { run: CompareRun }) {
  const { t } = useTranslation();
  const keep = useAppStore((s) => s.keepCompareAnswer);
  const kept = useAppStore((s) => s.compare?.kept?.answers[run.column] !== undefined);
  const [failed, setFailed] = useState(false);
  if (!columnAnswered(run)) return null;
  return (
    // At the column's foot, so the columns' buttons line up side by side.
    <div className="mt-auto pt-3">
      <div className="border-t border-slate-200 pt-2 dark:border-slate-700">
        {kept ? (
          <p className="py-1.5 text-xs font-medium text-emerald-700 dark:text-emerald-300">
            <span aria-hidden="true">✓ </span>
            {t('compare.kept')}
          </p>
        ) : (
          <Button
            className="text-xs"
            onClick={() => void keep(run.column).then((ok) => setFailed(!ok))}
          >
            {t('compare.keep')}
          </Button>
        )}
        {failed && (
          <p role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-300">
            {t('compare.keepFailed')}
          </p>
        )}
      </div>
    </div>
  );
}
