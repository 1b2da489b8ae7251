import { finishedWithoutAnswer } from '@/domain/chat/answer-ending';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

/** Tells screen readers about phase changes only (thinking, answering, done), never each token. */
export function StreamAnnouncer() {
  const { t } = useTranslation();
  const phase = useAppStore((s) => {
    const last = s.messages.at(-1);
    if (last?.role !== 'assistant') return null;
    if (last.status === 'streaming') {
      if (last.thinkingStartedAt !== null && !last.thinkingDone) return 'thinking';
      return last.content ? 'writing' : 'starting';
    }
    if (finishedWithoutAnswer(last)) return 'noAnswer';
    if (last.status === 'done') return last.stopReason === 'length' ? 'cutOff' : 'done';
    if (last.status === 'stopped') return 'stopped';
    return 'failed';
  });
  return (
    <p aria-live="polite" className="sr-only">
      {phase && t(`announcer.${phase}`)}
    </p>
  );
}
