import { useTranslation } from '@/lib/i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { tallyRoutes, type RouteTally } from '@/domain/chat/route-tally';
import { useAppStore } from '@/store';

const MODES = ['quick', 'think', 'refine'] as const;

function useTallyText(): (tally: RouteTally) => string {
  const { t } = useTranslation();
  return (tally) => {
    const counts = MODES.filter((mode) => tally.counts[mode] > 0)
      .map((mode) => `${tally.counts[mode]} ${t(`modes.${mode}`)}`)
      .join(', ');
    if (!tally.saved || tally.saved.tokens === 0) return counts;
    const saved = t('routes.saved', {
      tokens: tally.saved.tokens,
      seconds: t('units.seconds', { value: tally.saved.seconds }),
    });
    return `${counts} · ${saved}`;
  };
}

/**
 * How this chat's (and this session's) answers were routed, and an estimate of the thinking that
 * Auto saved, measured on this device: the hybrid made visible for demos.
 */
export function RouteSummary() {
  const { t } = useTranslation();
  const chatAnswers = useAppStore(
    useShallow((s) => s.messages.filter((m): m is AssistantMessage => m.role === 'assistant')),
  );
  const sessionAnswers = useAppStore((s) => s.sessionAnswers);
  const text = useTallyText();
  const chatTally = tallyRoutes(chatAnswers);
  // Nothing to say until an answer of this chat has finished (the first one may be streaming).
  if (chatTally.finished === 0) return null;
  const sessionTally = tallyRoutes(sessionAnswers);
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="route-summary">
      {t('routes.chat', { summary: text(chatTally) })}
      {sessionTally.finished > chatTally.finished && (
        <> · {t('routes.session', { summary: text(sessionTally) })}</>
      )}
    </p>
  );
}
