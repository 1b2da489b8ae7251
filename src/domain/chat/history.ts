import type { EngineMessage } from '@/domain/engine-types';
import type { ChatMessage } from './chat-types';

export function systemMessages(systemPrompt: string): EngineMessage[] {
  const content = systemPrompt.trim();
  return content ? [{ role: 'system', content }] : [];
}

/** Failed and empty answers are not part of what the model sees. */
export function isSentToModel(message: ChatMessage): boolean {
  return message.role === 'user' || (message.status !== 'error' && message.content.trim() !== '');
}

/** Earlier turns go back to the model without their thinking, as Qwen3 expects. */
export function historyForModel(messages: ChatMessage[]): EngineMessage[] {
  return messages.filter(isSentToModel).map((m) => ({ role: m.role, content: m.content }));
}
