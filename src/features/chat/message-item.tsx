import type { ChatMessage } from '@/domain/chat/chat-types';
import { AssistantMessageView } from './assistant-message';
import { UserMessageView } from './user-message';

export function MessageItem({ message }: { message: ChatMessage }) {
  return message.role === 'assistant' ? (
    <AssistantMessageView message={message} />
  ) : (
    <UserMessageView message={message} />
  );
}
