import type { EngineMessage } from '@/domain/engine-types';

/**
 * Qwen3's chat format (ChatML), as its Jinja template writes it, up to the open assistant turn.
 * Used for raw continuations, where the app, not the engine, writes the prompt.
 */
export function formatQwenPrompt(messages: EngineMessage[]): string {
  const turns = messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`);
  return `${turns.join('')}<|im_start|>assistant\n`;
}

/** A raw prompt that replays the conversation and an answer under way, for the model to go on. */
export function continuationPrompt(
  messages: EngineMessage[],
  thinking: string,
  answer: string,
): string {
  return `${formatQwenPrompt(messages)}<think>\n${thinking}\n</think>\n\n${answer}`;
}
