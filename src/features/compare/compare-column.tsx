import { LazyMarkdown } from '@/features/chat/lazy-markdown';
import { ERROR_EXPLANATIONS } from '@/features/models/error-messages';
import { ThinkingPanel } from '@/features/thinking/thinking-panel';
import { formatSeconds } from '@/lib/format';
import type { CompareRun } from '@/store/compare-slice';

function runSummary(run: CompareRun): string {
  if (run.status === 'waiting') return 'Waiting for its turn…';
  if (run.status === 'streaming') return 'Answering…';
  const parts: string[] = [];
  if (run.startedAt !== null && run.finishedAt !== null) {
    parts.push(formatSeconds(run.finishedAt - run.startedAt));
  }
  if (run.completionTokens !== null) parts.push(`${run.completionTokens} tokens`);
  if (run.status === 'stopped') parts.push('stopped');
  return parts.join(' · ');
}

export function CompareColumn({ run }: { run: CompareRun }) {
  const title = run.mode === 'think' ? 'Think' : 'Quick';
  return (
    <section
      aria-label={`${title} answer`}
      className="min-w-0 flex-1 rounded-xl border border-slate-200 p-3 dark:border-slate-700"
    >
      <header className="mb-2 flex items-baseline gap-2">
        <h3 className="font-semibold">{title}</h3>
        <p data-testid="run-summary" className="text-xs text-slate-600 dark:text-slate-400">
          {runSummary(run)}
        </p>
      </header>
      {run.thinkingStartedAt !== null && (
        <ThinkingPanel
          thinking={run.thinking}
          live={run.status === 'streaming' && !run.thinkingDone}
          startedAt={run.thinkingStartedAt}
          endedAt={run.thinkingEndedAt}
          tokens={run.thinkingTokens}
          hasAnswer={run.content !== ''}
          budgetReached={run.budgetReached}
          keepExpanded={false}
        />
      )}
      <div data-testid="answer" className="leading-relaxed">
        <LazyMarkdown text={run.content} streaming={run.status === 'streaming'} />
      </div>
      {run.error && (
        <p role="alert" className="mt-2 text-sm text-rose-600 dark:text-rose-400">
          {ERROR_EXPLANATIONS[run.error].title}
        </p>
      )}
    </section>
  );
}
