import { Button } from '@/components/ui/button';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { selectCanSend } from '@/store/selectors';

/** Draft + refine kept a confident draft unrefined: say so, and offer the refinement it skipped. */
export function DraftKeptNote({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const refineAnyway = useAppStore((s) => s.refineAnyway);
  const busy = !useAppStore(selectCanSend);
  if (!message.draftKept) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <p>{t('refine.draftKept')}</p>
      <Button
        variant="ghost"
        className="!px-2 text-xs"
        disabled={busy}
        onClick={() => void refineAnyway(message.id)}
      >
        {t('refine.refineAnyway')}
      </Button>
    </div>
  );
}
