import { formatSeconds } from '@/lib/format';
import type { AssistantMessage } from '@/store/chat-types';
import { answerStats } from './answer-stats';

function formatMs(ms: number | null): string {
  return ms === null ? '—' : formatSeconds(ms);
}

/** Compact line with the essentials; expands to every number we have. */
export function AnswerInfo({
  message,
  modelLabel,
}: {
  message: AssistantMessage;
  modelLabel: string;
}) {
  const stats = answerStats(message);
  const summary = [
    message.mode === 'think' ? 'Think' : 'Quick',
    stats.totalMs !== null ? formatSeconds(stats.totalMs) : null,
    stats.completionTokens !== null ? `${stats.completionTokens} tokens` : null,
    stats.tokensPerSecond !== null ? `${stats.tokensPerSecond.toFixed(1)} tok/s` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <details className="text-xs text-slate-600 dark:text-slate-400">
      <summary
        className="cursor-pointer select-none rounded px-1"
        aria-label={`Answer details: ${summary}`}
      >
        {summary}
      </summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 px-1">
        <dt>Mode</dt>
        <dd>{message.mode === 'think' ? 'Think' : 'Quick'}</dd>
        <dt>Model</dt>
        <dd>{modelLabel}</dd>
        <dt>Time to first token</dt>
        <dd>{formatMs(stats.timeToFirstTokenMs)}</dd>
        <dt>Thinking time</dt>
        <dd>{formatMs(stats.thinkingMs)}</dd>
        <dt>Total time</dt>
        <dd>{formatMs(stats.totalMs)}</dd>
        <dt>Tokens</dt>
        <dd>
          {stats.completionTokens ?? '—'}
          {message.thinkingTokens > 0 && ` (${message.thinkingTokens} thinking)`}
        </dd>
        <dt>Speed</dt>
        <dd>
          {stats.tokensPerSecond === null ? '—' : `${stats.tokensPerSecond.toFixed(1)} tokens/s`}
        </dd>
      </dl>
    </details>
  );
}
