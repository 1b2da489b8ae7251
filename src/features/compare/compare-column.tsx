import type { TFunction } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown';
import { DraftPanel, RefineOutcomeLabel } from '@/components/thinking/draft-panel';
import { ThinkingPanel } from '@/components/thinking/thinking-panel';
import type { CompareRun } from '@/store/compare-columns';
import { tokenStats } from '@/domain/chat/token-stats';
import { KeepInChat } from './keep-in-chat';

function runSummary(run: CompareRun, t: TFunction): string {
  if (run.status === 'waiting') return t('compare.waiting');
  if (run.status === 'streaming') return t('compare.answering');
  const parts: string[] = [];
  if (run.startedAt !== null && run.finishedAt !== null) {
    parts.push(t('units.seconds', { value: (run.finishedAt - run.startedAt) / 1000 }));
  }
  const stats = tokenStats(run);
  if (stats.totalTokens !== null) parts.push(t('units.tokens', { count: stats.totalTokens }));
  if (stats.tokensPerSecond !== null) {
    parts.push(t('units.tokensPerSecondShort', { value: stats.tokensPerSecond }));
  }
  if (run.status === 'stopped') parts.push(t('compare.stopped'));
  return parts.join(' · ');
}

/** The Auto column's choice and why: the detector's reason, or the prompt's own command. */
function autoChoice(run: CompareRun, t: TFunction): string {
  const mode = t(`modes.${run.mode}`);
  return run.autoReason
    ? t('compare.autoChoice', { mode, reason: t(`reasons.${run.autoReason}`) })
    : t('compare.autoCommand', { mode });
}

export function CompareColumn({ run }: { run: CompareRun }) {
  const { t } = useTranslation();
  const title = t(`modes.${run.column}`);
  return (
    <section
      aria-label={t('compare.answer', { mode: title })}
      className="flex min-w-0 flex-col rounded-xl border border-slate-200 p-3 dark:border-slate-700"
    >
      <header className="mb-2 flex items-baseline gap-2">
        <h3 className="font-semibold">{title}</h3>
        <p data-testid="run-summary" className="text-xs text-slate-600 dark:text-slate-400">
          {runSummary(run, t)}
        </p>
      </header>
      {run.column === 'auto' && (
        <p
          data-testid="auto-choice"
          className="mb-2 text-xs font-medium text-slate-600 dark:text-slate-400"
        >
          {autoChoice(run, t)}
        </p>
      )}
      <DraftPanel draft={run.draft} streaming={run.status === 'streaming'} />
      {run.thinkingStartedAt !== null && (
        <ThinkingPanel
          thinking={run.thinking}
          live={run.status === 'streaming' && !run.thinkingDone}
          startedAt={run.thinkingStartedAt}
          endedAt={run.thinkingEndedAt}
          tokens={run.thinkingTokens}
          hasAnswer={run.content !== ''}
          budgetCut={run.budgetReached ? (run.budgetCause ?? 'user') : null}
          keepExpanded={false}
        />
      )}
      <div data-testid="answer" className="leading-relaxed">
        <LazyMarkdown text={run.content} streaming={run.status === 'streaming'} />
      </div>
      {/* A block of its own: the column is a flex column, which would stretch the label. */}
      <div>
        <RefineOutcomeLabel outcome={run.refineOutcome} />
      </div>
      {run.error && (
        <p role="alert" className="mt-2 text-sm text-rose-600 dark:text-rose-400">
          {t(`errors.${run.error}.title`)}
        </p>
      )}
      <KeepInChat run={run} />
    </section>
  );
}
