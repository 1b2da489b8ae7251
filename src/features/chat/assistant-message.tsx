import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { DeleteLabel } from './delete-label';
import { ModeDecision } from './mode-decision';
import { ThinkingPanel } from '@/components/thinking/thinking-panel';
import { useAppStore } from '@/store';
import { selectCanSend } from '@/store/selectors';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { AnswerInfo } from './answer-info';
import { VersionSwitcher } from './version-switcher';
import { DraftPanel, RefineOutcomeLabel } from '@/components/thinking/draft-panel';
import { ThinkingPolicyNote } from './thinking-policy-note';
import { DraftKeptNote } from './draft-kept-note';
import { NoAnswerNote } from './no-answer-note';
import { aboutTime } from './about-time';
import { useThinkingTimeCap } from './use-thinking-time-cap';
import { CopyTextButton } from '@/components/ui/copy-text-button';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown';
import { allKnownModels } from '@/store/model-selectors';

function AssistantActions({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const rerun = useAppStore((s) => s.rerun);
  const deleteMessage = useAppStore((s) => s.deleteMessage);
  const busy = !useAppStore(selectCanSend);
  const other = message.mode === 'think' ? 'quick' : 'think';
  return (
    // On phones the row is packed tighter so that the German labels stay on one line.
    <div className="flex flex-wrap items-center gap-1 max-sm:gap-0">
      <VersionSwitcher id={message.id} />
      <CopyTextButton text={message.content} />
      <Button
        variant="ghost"
        className="!px-2 text-xs max-sm:!px-1"
        disabled={busy}
        onClick={() => void rerun(message.id, message.mode)}
      >
        {t('chat.regenerate')}
      </Button>
      <Button
        variant="ghost"
        className="!px-2 text-xs max-sm:!px-1"
        disabled={busy}
        onClick={() => void rerun(message.id, other)}
      >
        {other === 'think' ? t('chat.thinkItThrough') : t('chat.answerQuickly')}
      </Button>
      <Button
        variant="ghost"
        className="!px-2 text-xs max-sm:!px-1"
        disabled={busy}
        aria-label={t('chat.deleteAnswer')}
        onClick={() => void deleteMessage(message.id)}
      >
        <DeleteLabel />
      </Button>
    </div>
  );
}

/** An answer this close to the whole context has nothing left to continue into. */
const FULL_CONTEXT_MARGIN = 256;

function CutOffNotice({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const continueAnswer = useAppStore((s) => s.continueAnswer);
  const busy = !useAppStore(selectCanSend);
  const full = useAppStore(
    (s) =>
      s.load.status === 'ready' &&
      (message.completionTokens ?? 0) >= s.load.contextTokens - FULL_CONTEXT_MARGIN,
  );
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-amber-800 dark:text-amber-200">
      <p>{t('context.cutOff')}</p>
      {full ? (
        <p>{t('context.full')}</p>
      ) : (
        <Button
          variant="ghost"
          className="!px-2 text-xs"
          disabled={busy}
          onClick={() => void continueAnswer(message.id)}
        >
          {t('context.continue')}
        </Button>
      )}
    </div>
  );
}

/** The engine died under this answer: say so, keep the text, and offer the same run again. */
function EngineFailureNotice({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const rerun = useAppStore((s) => s.rerun);
  const busy = !useAppStore(selectCanSend);
  return (
    <div
      role="alert"
      className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      <p className="font-semibold">{t('chat.engineFailure')}</p>
      {message.error && <p>{t(`errors.${message.error.code}.title`)}</p>}
      <Button className="mt-1" disabled={busy} onClick={() => void rerun(message.id, message.mode)}>
        {t('chat.retry')}
      </Button>
    </div>
  );
}

export function AssistantMessageView({ message }: { message: AssistantMessage }) {
  const { t } = useTranslation();
  const keepExpanded = useAppStore((s) => s.keepThinkingExpanded);
  const modelLabel = useAppStore(
    (s) => allKnownModels(s).find((m) => m.id === message.modelId)?.label ?? message.modelId,
  );
  const streaming = message.status === 'streaming';
  const thinkingLive = streaming && !message.thinkingDone;
  const thinkingCap = useThinkingTimeCap(thinkingLive);
  return (
    <article aria-label={t('chat.assistantMessage')} className="min-w-0 max-w-full">
      <ModeDecision message={message} />
      {/* A kept draft is the answer itself; while "Refine anyway" runs it is the draft again. */}
      <DraftPanel
        draft={message.draftKept && !streaming ? undefined : message.draft}
        streaming={streaming}
      />
      {message.thinkingStartedAt !== null && (
        <ThinkingPanel
          thinking={message.thinking}
          live={thinkingLive}
          startedAt={message.thinkingStartedAt}
          endedAt={message.thinkingEndedAt}
          tokens={message.thinkingTokens}
          hasAnswer={message.content !== ''}
          budgetCut={message.budgetReached ? (message.budgetCause ?? 'user') : null}
          keepExpanded={keepExpanded}
          atMost={thinkingCap === null ? null : aboutTime(t, thinkingCap)}
        />
      )}
      <div data-testid="answer" className="leading-relaxed">
        <LazyMarkdown text={message.content} streaming={streaming} />
      </div>
      {streaming && message.thinkingDone && (
        <span aria-hidden="true" className="inline-block h-4 w-2 bg-slate-400 align-middle" />
      )}
      <NoAnswerNote message={message} />
      <RefineOutcomeLabel outcome={message.refineOutcome} />
      {!streaming && <ThinkingPolicyNote message={message} />}
      {!streaming && <DraftKeptNote message={message} />}
      {message.status === 'done' && message.stopReason === 'length' && (
        <CutOffNotice message={message} />
      )}
      {message.status === 'stopped' && !message.engineFailure && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {message.interrupted ? t('chat.interrupted') : t('chat.stopped')}
        </p>
      )}
      {message.engineFailure && <EngineFailureNotice message={message} />}
      {message.status === 'error' && message.error && (
        <div
          role="alert"
          className="mt-2 rounded-lg border border-rose-300 bg-rose-50 p-2 text-sm dark:border-rose-800 dark:bg-rose-950/40"
        >
          <p className="font-semibold">{t(`errors.${message.error.code}.title`)}</p>
          <p>{t(`errors.${message.error.code}.hint`)}</p>
        </div>
      )}
      {!streaming && (
        <div className="mt-2 space-y-1">
          <AssistantActions message={message} />
          <AnswerInfo message={message} modelLabel={modelLabel} />
        </div>
      )}
    </article>
  );
}
