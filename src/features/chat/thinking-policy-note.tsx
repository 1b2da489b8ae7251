import { Button } from '@/components/ui/button';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { selectCanSend } from '@/store/selectors';

/** How the thinking policy ended thinking: settled early (with "Think longer"), or at the time limit. */
export function ThinkingPolicyNote({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const thinkLonger = useAppStore((s) => s.thinkLonger);
  const busy = !useAppStore(selectCanSend);
  const { earlyStop, closedForTime } = message;
  if (!earlyStop && !closedForTime) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <p>
        {earlyStop
          ? t('thinking.stoppedEarly', {
              tokens: t('units.tokens', { count: earlyStop.thinkingTokens }),
            })
          : t('thinking.closedForTime')}
      </p>
      {earlyStop && (
        <Button
          variant="ghost"
          className="!px-2 text-xs"
          disabled={busy}
          onClick={() => void thinkLonger(message.id)}
        >
          {t('thinking.thinkLonger')}
        </Button>
      )}
    </div>
  );
}
