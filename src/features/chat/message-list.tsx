import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/store';
import { selectLastMessage, selectMessageIds } from '@/store/selectors';
import { MessageItem } from './message-item';
import { StreamAnnouncer } from './stream-announcer';
import { useStickToBottom } from './use-stick-to-bottom';

/** Follows the end of the conversation; the only part of the list that sees every update. */
function FollowEnd({ logRef, count }: { logRef: RefObject<HTMLElement | null>; count: number }) {
  const conversationId = useAppStore((s) => s.activeConversationId);
  const latest = useAppStore(selectLastMessage);
  useStickToBottom(logRef, `${conversationId}:${count}`, latest);
  return null;
}

export function MessageList() {
  const { t } = useTranslation();
  const ids = useAppStore(useShallow(selectMessageIds));
  const logRef = useRef<HTMLDivElement>(null);

  return (
    <div
      ref={logRef}
      role="log"
      aria-label={t('chat.conversation')}
      className="flex flex-col gap-5"
    >
      {ids.map((id) => (
        <MessageItem key={id} id={id} />
      ))}
      <FollowEnd logRef={logRef} count={ids.length} />
      <StreamAnnouncer />
    </div>
  );
}
