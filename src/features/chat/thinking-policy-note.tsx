import { Button } from '@/components/ui/button';
import type { AssistantMessage, EarlyStop } from '@/domain/chat/chat-types';
import type { TFunction } from '@/lib/i18n/translate';
import { aboutTime } from './about-time';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { selectCanSend } from '@/store/selectors';

/** "Stopped thinking early · 300 tokens", with about how much time it saved where that is known. */
function stoppedEarlyText(t: TFunction, earlyStop: EarlyStop): string {
  const tokens = t('units.tokens', { count: earlyStop.thinkingTokens });
  const { savedSeconds } = earlyStop;
  // Under a second saved is not worth saying.
  return savedSeconds === undefined || savedSeconds < 1
    ? t('thinking.stoppedEarly', { tokens })
    : t('thinkingTime.stoppedEarly', { tokens, saved: aboutTime(t, savedSeconds) });
}

/** How the thinking policy ended thinking: settled early (with "Think longer"), or at the time limit. */
export function ThinkingPolicyNote({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const thinkLonger = useAppStore((s) => s.thinkLonger);
  const busy = !useAppStore(selectCanSend);
  const { earlyStop, closedForTime } = message;
  if (!earlyStop && !closedForTime) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <p>{earlyStop ? stoppedEarlyText(t, earlyStop) : t('thinking.closedForTime')}</p>
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
