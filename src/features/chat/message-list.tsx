import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store';
import { MessageItem } from './message-item';
import { StreamAnnouncer } from './stream-announcer';
import { useStickToBottom } from './use-stick-to-bottom';

export function MessageList() {
  const { t } = useTranslation();
  const messages = useAppStore((s) => s.messages);
  const logRef = useRef<HTMLDivElement>(null);
  const conversationId = useAppStore((s) => s.activeConversationId);
  useStickToBottom(logRef, `${conversationId}:${messages.length}`, messages.at(-1));

  return (
    <div
      ref={logRef}
      role="log"
      aria-label={t('chat.conversation')}
      className="flex flex-col gap-5"
    >
      {messages.map((m) => (
        <MessageItem key={m.id} message={m} />
      ))}
      <StreamAnnouncer />
    </div>
  );
}
