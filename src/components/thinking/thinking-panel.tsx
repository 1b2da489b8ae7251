import { useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CopyTextButton } from '@/components/ui/copy-text-button';
import { ThinkingText } from './thinking-text';
import { useElapsed } from './use-elapsed';
import { useFollowEnd } from './use-follow-end';

export interface ThinkingPanelProps {
  thinking: string;
  /** True while the model is still inside its thinking. */
  live: boolean;
  startedAt: number | null;
  endedAt: number | null;
  tokens: number;
  /** Without an answer (stopped while thinking), the thinking stays open: it is all there is. */
  hasAnswer: boolean;
  /** Thinking was cut by the app: at the user's budget, or to leave room for the answer. */
  budgetCut: 'user' | 'context' | null;
  /** The user's setting: keep the panel open after the answer starts. */
  keepExpanded: boolean;
  /** While live: the most thinking can take here, formatted ("about 40 s"); null: unknown. */
  atMost?: string | null;
}

export function ThinkingPanel({
  thinking,
  live,
  startedAt,
  endedAt,
  tokens,
  hasAnswer,
  budgetCut,
  keepExpanded,
  atMost = null,
}: ThinkingPanelProps) {
  const { t } = useTranslation();
  const [expandedByUser, setExpandedByUser] = useState<boolean | null>(null);
  const elapsed = useElapsed(startedAt, live ? null : endedAt, live);
  const contentId = useId();
  const regionRef = useFollowEnd(live, thinking);
  const expanded = expandedByUser ?? (live || !hasAnswer || keepExpanded);
  const tokenText = t('units.tokens', { count: tokens });
  const seconds = (elapsed ?? 0) / 1000;
  // A live clock shows whole seconds (it ticks once a second); finished thinking its exact time.
  const time = live
    ? t('thinkingTime.seconds', { value: Math.floor(seconds) })
    : t('units.seconds', { value: seconds });
  const summary = live
    ? atMost
      ? t('thinkingTime.live', { time, most: atMost })
      : t('thinking.live', { time })
    : elapsed === null
      ? t('thinking.doneUntimed', { tokens: tokenText })
      : t('thinking.done', { time, tokens: tokenText });

  return (
    <div className="mb-2 rounded-lg border border-slate-200 bg-slate-100/70 dark:border-slate-700 dark:bg-slate-900/60">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={contentId}
        onClick={() => setExpandedByUser(!expanded)}
        className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm text-slate-600 dark:text-slate-400"
      >
        <span aria-hidden="true" className={`transition-transform ${expanded ? 'rotate-90' : ''}`}>
          ▸
        </span>
        {/* Fixed-width digits: the ticking clock does not move the text after it. */}
        <span className="tabular-nums">{summary}</span>
        {live && (
          <span className="ml-auto whitespace-nowrap text-xs tabular-nums">{tokenText}</span>
        )}
        {budgetCut && (
          <span className="ml-auto rounded bg-amber-100 px-1.5 text-xs text-amber-800 dark:bg-amber-900/50 dark:text-amber-200">
            {budgetCut === 'context' ? t('thinking.cutForAnswer') : t('thinking.budgetReached')}
          </span>
        )}
      </button>
      {expanded && (
        <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
          <div
            ref={regionRef}
            id={contentId}
            role="region"
            aria-label={t('thinking.region')}
            // While live, the panel keeps a fixed height and follows the end, so its header with
            // the timer stays in view; finished thinking opens to its full length. Its scrolling
            // is composited while live (`will-change`): each render step scrolls it, and a
            // composited scroll moves painted tiles instead of painting the panel again (a fifth
            // less of the page's CPU while thinking streams on a CPU model; bench/README.md,
            // section 4).
            tabIndex={live ? 0 : undefined}
            className={`whitespace-pre-wrap text-sm italic text-slate-600 wrap-anywhere dark:text-slate-400 ${
              live
                ? 'max-h-64 overflow-y-auto overscroll-contain [will-change:scroll-position]'
                : ''
            }`}
          >
            <ThinkingText text={thinking} live={live} />
          </div>
          {!live && thinking.trim() !== '' && (
            <div className="mt-1 flex justify-end">
              <CopyTextButton text={thinking} label={t('thinking.copy')} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
