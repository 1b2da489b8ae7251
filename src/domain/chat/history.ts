import type { EngineMessage } from '@/domain/engine-types';
import type { ChatMessage } from './chat-types';

export function systemMessages(systemPrompt: string): EngineMessage[] {
  const content = systemPrompt.trim();
  return content ? [{ role: 'system', content }] : [];
}

/** Earlier turns go back to the model without their thinking, as Qwen3 expects. */
export function historyForModel(messages: ChatMessage[]): EngineMessage[] {
  return messages
    .filter((m) => m.role === 'user' || (m.status !== 'error' && m.content.trim() !== ''))
    .map((m) => ({ role: m.role, content: m.content }));
}
