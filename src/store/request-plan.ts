import type { ChatMessage, GenerationMode } from '@/domain/chat/chat-types';
import { planGeneration, textsToCount, type PlanOutcome } from '@/domain/generation/plan';
import { countTokens } from '@/engine/engine-lifecycle';
import type { AppState } from './app-state';

/** Counts are cached by text: a conversation's messages are counted once, not on every request. */
const counted = new Map<string, number>();
const MAX_CACHED = 2000;

async function countAll(texts: string[]): Promise<(text: string) => number> {
  const missing = [...new Set(texts.filter((text) => !counted.has(text)))];
  if (missing.length > 0) {
    const counts = await countTokens(missing);
    if (counted.size + missing.length > MAX_CACHED) counted.clear();
    missing.forEach((text, i) => counted.set(text, counts[i] ?? 0));
  }
  return (text) => counted.get(text) ?? 0;
}

/**
 * Plans the request that answers the last message of `conversation`: context accounting with the
 * model's tokenizer, then the generation plan. Null when no model is ready.
 */
export async function planRequest(
  state: AppState,
  conversation: ChatMessage[],
  mode: GenerationMode,
  continuing?: string,
): Promise<PlanOutcome | null> {
  if (state.load.status !== 'ready') return null;
  const countOf = await countAll(textsToCount(state.systemPrompt, conversation, continuing));
  return planGeneration({
    systemPrompt: state.systemPrompt,
    conversation,
    mode,
    sampling: state.sampling,
    budget: state.thinkingBudget,
    contextTokens: state.load.contextTokens,
    countOf,
    continuing,
  });
}
