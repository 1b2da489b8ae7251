import { memo, useMemo } from 'react';
import { useAppStore } from '@/store';
import { selectMessage } from '@/store/selectors';
import { AssistantMessageView } from './assistant-message';
import { UserMessageView } from './user-message';

/**
 * One message, selected from the store by id: while an answer streams, only its own item
 * re-renders; the others keep their (memoised) output.
 */
export const MessageItem = memo(function MessageItem({ id }: { id: string }) {
  const select = useMemo(() => selectMessage(id), [id]);
  const message = useAppStore(select);
  if (!message) return null;
  return message.role === 'assistant' ? (
    <AssistantMessageView message={message} />
  ) : (
    <UserMessageView message={message} />
  );
});
