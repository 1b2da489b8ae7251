import { useTranslation } from '@/lib/i18n/use-translation';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { aboutTime } from './about-time';
import { AutoMeter } from './auto-meter';
import { reasonLabel } from './reason-label';

/** One line saying which mode answered and why: Auto's reason, a /command, or the switch. */
export function ModeDecision({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const mode = t(`modes.${message.mode}`);
  let why: string;
  if (message.autoReason) {
    const reason = reasonLabel(t, message.autoReason, message.mode);
    why = t('modeDecision.auto', {
      mode,
      // The draft's confidence decides whether it is refined (draft-rule.ts): say so.
      reason: message.draft?.confidence !== undefined ? t('refine.autoReason', { reason }) : reason,
    });
  } else if (message.modeChoice === 'auto' || message.modeChoice !== message.mode) {
    why = t('modeDecision.chosen', { mode });
  } else {
    why = mode;
  }
  return (
    <>
      <p
        className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400"
        data-testid="mode-decision"
      >
        {why}
      </p>
      {message.autoThinkCost && message.modeChoice === 'auto' && (
        <p className="mb-1 text-xs text-slate-600 dark:text-slate-400">
          {t(
            message.autoThinkCost.draftInstead
              ? 'thinkingTime.draftInstead'
              : 'thinkingTime.thinkWouldTake',
            { time: aboutTime(t, message.autoThinkCost.seconds) },
          )}
        </p>
      )}
      {message.autoScore !== undefined && message.autoBand && message.modeChoice === 'auto' && (
        <AutoMeter score={message.autoScore} band={message.autoBand} decision={why} />
      )}
    </>
  );
}
