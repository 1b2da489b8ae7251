import { useEffect } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

/** How long a deletion can be undone. */
const UNDO_MS = 10_000;

/**
 * "Deleted … [Undo]" after something was deleted, until Undo, `onDismiss` or ten seconds pass.
 * `deleted` is what was deleted (a snapshot): a new deletion restarts the time. The Undo button
 * is amber with a border on navy, so it reads as a live button.
 */
export function UndoToast({
  deleted,
  message,
  onUndo,
  onDismiss,
  className = '',
}: {
  deleted: object | null;
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, onDismiss]);
  if (!deleted) return null;
  return (
    <div
      role="status"
      className={`flex items-center gap-2 rounded-lg bg-slate-800 px-3 py-2 text-sm text-white ${className}`}
    >
      <span className="min-w-0 flex-1 truncate">{message}</span>
      <button
        type="button"
        className="rounded-lg border border-amber-300 px-2 py-1 font-semibold text-amber-200 hover:bg-slate-700 max-sm:min-h-10"
        onClick={onUndo}
      >
        {t('history.undo')}
      </button>
    </div>
  );
}
