import { useTranslation } from '@/lib/i18n/use-translation';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { answerEnding } from '@/domain/chat/answer-ending';
import { answerStats } from './answer-stats';

/** Compact line with the essentials; expands to every number we have. */
export function AnswerInfo({
  message,
  modelLabel,
}: {
  message: AssistantMessage;
  modelLabel: string;
}) {
  const { t } = useTranslation();
  const stats = answerStats(message);
  const na = t('common.notAvailable');
  const seconds = (ms: number | null) =>
    ms === null ? na : t('units.seconds', { value: ms / 1000 });
  const mode = t(`modes.${message.mode}`);
  const summary = [
    mode,
    stats.totalMs !== null ? seconds(stats.totalMs) : null,
    stats.totalTokens !== null ? t('units.tokens', { count: stats.totalTokens }) : null,
    stats.tokensPerSecond !== null
      ? t('units.tokensPerSecondShort', { value: stats.tokensPerSecond })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const total = stats.totalTokens ?? na;
  const ending = answerEnding(message);
  return (
    <details className="text-xs text-slate-600 dark:text-slate-400">
      <summary
        className="cursor-pointer select-none rounded px-1"
        aria-label={t('answerInfo.label', { summary })}
      >
        {summary}
      </summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 px-1">
        <dt>{t('answerInfo.mode')}</dt>
        <dd>{mode}</dd>
        <dt>{t('answerInfo.model')}</dt>
        <dd>{modelLabel}</dd>
        <dt>{t('answerInfo.timeToFirstToken')}</dt>
        <dd>{seconds(stats.timeToFirstTokenMs)}</dd>
        <dt>{t('answerInfo.thinkingTime')}</dt>
        <dd>{seconds(stats.thinkingMs)}</dd>
        <dt>{t('answerInfo.totalTime')}</dt>
        <dd>{seconds(stats.totalMs)}</dd>
        <dt>{t('answerInfo.tokens')}</dt>
        <dd>
          {stats.thinkingTokens > 0
            ? t('answerInfo.tokensWithThinking', { total, thinking: stats.thinkingTokens })
            : total}
        </dd>
        {message.draft && (
          <>
            <dt>{t('answerInfo.timeToDraft')}</dt>
            <dd>
              {seconds(
                message.draft.finishedAt === null
                  ? null
                  : message.draft.finishedAt - message.createdAt,
              )}
            </dd>
            <dt>{t('answerInfo.timeToFinal')}</dt>
            <dd>{seconds(stats.totalMs)}</dd>
            <dt>{t('answerInfo.draftTokens')}</dt>
            <dd>{message.draft.completionTokens ?? na}</dd>
            {typeof message.draft.confidence === 'number' && (
              <>
                <dt>{t('refine.draftConfidence')}</dt>
                <dd>{t('units.percent', { value: Math.round(message.draft.confidence * 100) })}</dd>
              </>
            )}
            {!message.draftKept && (
              <>
                <dt>{t('answerInfo.refineTokens')}</dt>
                <dd>{message.completionTokens ?? na}</dd>
              </>
            )}
          </>
        )}
        {/* Draft + refine: the prompt counted is the refinement's (question, draft, task). */}
        <dt>
          {t(
            message.draft && !message.draftKept
              ? 'answerInfo.refinePromptTokens'
              : 'answerInfo.promptTokens',
          )}
        </dt>
        <dd>
          {message.promptTokens === null ? na : t('units.tokens', { count: message.promptTokens })}
        </dd>
        {ending && (
          <>
            <dt>{t('answerInfo.ending')}</dt>
            <dd>{t(`answerInfo.endings.${ending}`)}</dd>
          </>
        )}
        {message.probes && (
          <>
            <dt>{t('thinkingTime.probes')}</dt>
            <dd>
              {[
                message.probes.probes,
                t('units.tokens', { count: message.probes.probeTokens }),
                seconds(message.probes.probeMs),
              ].join(' · ')}
            </dd>
          </>
        )}
        <dt>{t('answerInfo.speed')}</dt>
        <dd>
          {stats.tokensPerSecond === null
            ? na
            : t('units.tokensPerSecond', { value: stats.tokensPerSecond })}
        </dd>
      </dl>
    </details>
  );
}
