import { ThinkingPanel } from '@/features/thinking/thinking-panel';
import { ERROR_EXPLANATIONS } from '@/features/models/error-messages';
import type { ChatMessage } from '@/store/chat-types';

export function MessageItem({ message }: { message: ChatMessage }) {
  if (message.role === 'user') {
    return (
      <article aria-label="Your message" className="flex justify-end">
        <div className="max-w-[85%] whitespace-pre-wrap rounded-2xl rounded-br-sm bg-indigo-600 px-4 py-2 text-white">
          {message.content}
        </div>
      </article>
    );
  }
  const streaming = message.status === 'streaming';
  const hasThinking = message.thinkingStartedAt !== null;
  return (
    <article aria-label="Assistant message" className="max-w-full">
      {hasThinking && (
        <ThinkingPanel
          thinking={message.thinking}
          live={streaming && !message.thinkingDone}
          startedAt={message.thinkingStartedAt}
          endedAt={message.thinkingEndedAt}
          tokens={message.thinkingTokens}
          hasAnswer={message.content !== ''}
        />
      )}
      <div data-testid="answer" className="whitespace-pre-wrap leading-relaxed">
        {message.content}
        {streaming && message.thinkingDone && (
          <span aria-hidden="true" className="ml-0.5 inline-block h-4 w-2 animate-pulse bg-slate-400 align-middle" />
        )}
      </div>
      {message.status === 'stopped' && (
        <p className="mt-1 text-xs text-slate-500">Stopped. The text so far is kept.</p>
      )}
      {message.status === 'error' && message.error && (
        <div role="alert" className="mt-2 rounded-lg border border-rose-300 bg-rose-50 p-2 text-sm dark:border-rose-800 dark:bg-rose-950/40">
          <p className="font-semibold">{ERROR_EXPLANATIONS[message.error.code].title}</p>
          <p>{ERROR_EXPLANATIONS[message.error.code].hint}</p>
        </div>
      )}
    </article>
  );
}
