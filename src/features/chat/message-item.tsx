import { Button } from '@/components/ui/button';
import { ERROR_EXPLANATIONS } from '@/features/models/error-messages';
import { ModeDecision } from '@/features/thinking/mode-decision';
import { ThinkingPanel } from '@/features/thinking/thinking-panel';
import { useAppStore } from '@/store';
import { LazyMarkdown } from './lazy-markdown';
import type { AssistantMessage, ChatMessage } from '@/store/chat-types';

function AssistantActions({ message }: { message: AssistantMessage }) {
  const rerun = useAppStore((s) => s.rerun);
  const busy = useAppStore((s) => s.isGenerating);
  const other = message.mode === 'think' ? 'quick' : 'think';
  return (
    <div className="mt-2 flex gap-1">
      <Button
        variant="ghost"
        className="!px-2 text-xs"
        disabled={busy}
        onClick={() => void rerun(message.id, other)}
      >
        {other === 'think' ? 'Think it through' : 'Answer quickly'}
      </Button>
    </div>
  );
}

function AssistantMessageView({ message }: { message: AssistantMessage }) {
  const keepExpanded = useAppStore((s) => s.keepThinkingExpanded);
  const streaming = message.status === 'streaming';
  return (
    <article aria-label="Assistant message" className="max-w-full">
      <ModeDecision message={message} />
      {message.thinkingStartedAt !== null && (
        <ThinkingPanel
          thinking={message.thinking}
          live={streaming && !message.thinkingDone}
          startedAt={message.thinkingStartedAt}
          endedAt={message.thinkingEndedAt}
          tokens={message.thinkingTokens}
          hasAnswer={message.content !== ''}
          budgetReached={message.budgetReached}
          keepExpanded={keepExpanded}
        />
      )}
      <div data-testid="answer" className="leading-relaxed">
        <LazyMarkdown text={message.content} streaming={streaming} />
      </div>
      {streaming && message.thinkingDone && (
        <span
          aria-hidden="true"
          className="inline-block h-4 w-2 animate-pulse bg-slate-400 align-middle"
        />
      )}
      {message.status === 'stopped' && (
        <p className="mt-1 text-xs text-slate-500">
          {message.interrupted
            ? 'Interrupted: the tab closed before the answer was finished. The text so far is kept.'
            : 'Stopped. The text so far is kept.'}
        </p>
      )}
      {message.status === 'error' && message.error && (
        <div
          role="alert"
          className="mt-2 rounded-lg border border-rose-300 bg-rose-50 p-2 text-sm dark:border-rose-800 dark:bg-rose-950/40"
        >
          <p className="font-semibold">{ERROR_EXPLANATIONS[message.error.code].title}</p>
          <p>{ERROR_EXPLANATIONS[message.error.code].hint}</p>
        </div>
      )}
      {!streaming && <AssistantActions message={message} />}
    </article>
  );
}

export function MessageItem({ message }: { message: ChatMessage }) {
  if (message.role === 'assistant') return <AssistantMessageView message={message} />;
  return (
    <article aria-label="Your message" className="flex justify-end">
      <div className="max-w-[85%] whitespace-pre-wrap rounded-2xl rounded-br-sm bg-indigo-600 px-4 py-2 text-white">
        {message.content}
      </div>
    </article>
  );
}
