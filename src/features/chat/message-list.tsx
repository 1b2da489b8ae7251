import { Fragment, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store';
import { MessageItem } from './message-item';
import { StreamAnnouncer } from './stream-announcer';
import { useStickToBottom } from './use-stick-to-bottom';

/** Marks where the model's view of the conversation begins once older turns no longer fit. */
function ContextDivider() {
  const { t } = useTranslation();
  return (
    <div role="separator" className="flex items-center gap-2 text-xs text-slate-500">
      <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
      <span>{t('context.divider')}</span>
      <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
    </div>
  );
}

export function MessageList() {
  const { t } = useTranslation();
  const messages = useAppStore((s) => s.messages);
  const logRef = useRef<HTMLDivElement>(null);
  const conversationId = useAppStore((s) => s.activeConversationId);
  const firstSentId = useAppStore((s) => s.contextUsage?.firstSentMessageId ?? null);
  useStickToBottom(logRef, `${conversationId}:${messages.length}`, messages.at(-1));

  return (
    <div
      ref={logRef}
      role="log"
      aria-label={t('chat.conversation')}
      className="flex flex-col gap-5"
    >
      {messages.map((m) => (
        <Fragment key={m.id}>
          {m.id === firstSentId && <ContextDivider />}
          <MessageItem message={m} />
        </Fragment>
      ))}
      <StreamAnnouncer />
    </div>
  );
}
