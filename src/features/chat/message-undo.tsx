import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

const UNDO_MS = 10_000;

/** "Message deleted [Undo]" for a while after a message is deleted. */
export function MessageUndo() {
  const { t } = useTranslation();
  const snapshot = useAppStore((s) => s.undoableMessageDelete);
  const undo = useAppStore((s) => s.undoMessageDelete);
  const dismiss = useAppStore((s) => s.dismissMessageUndo);
  useEffect(() => {
    if (!snapshot) return;
    const timer = setTimeout(dismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, [snapshot, dismiss]);
  if (!snapshot) return null;
  return (
    <div
      role="status"
      className="sticky bottom-2 mx-auto flex items-center gap-2 rounded-lg bg-slate-800 px-3 py-2 text-sm text-white"
    >
      <span>{t('chat.messageDeleted')}</span>
      <Button
        variant="ghost"
        className="!px-2 text-amber-300 underline"
        onClick={() => void undo()}
      >
        {t('history.undo')}
      </Button>
    </div>
  );
}
