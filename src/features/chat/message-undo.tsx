import { UndoToast } from '@/components/ui/undo-toast';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

/** "Message deleted [Undo]" for a while after a message is deleted. */
export function MessageUndo() {
  const { t } = useTranslation();
  const snapshot = useAppStore((s) => s.undoableMessageDelete);
  const undo = useAppStore((s) => s.undoMessageDelete);
  const dismiss = useAppStore((s) => s.dismissMessageUndo);
  return (
    <UndoToast
      deleted={snapshot}
      message={t('chat.messageDeleted')}
      onUndo={() => void undo()}
      onDismiss={dismiss}
      className="sticky bottom-2 mx-auto"
    />
  );
}
