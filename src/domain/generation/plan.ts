import { historyForModel, systemMessages } from '@/domain/chat/history';
import type { ChatMessage, ResolvedMode } from '@/domain/chat/chat-types';
import type { EngineMessage } from '@/domain/engine-types';
import type { SamplingPreset } from '@/domain/thinking/sampling-presets';
import type { ThinkingBudget } from '@/domain/thinking/thinking-budget';

/** The most tokens one answer (thinking included) may generate. */
export const MAX_NEW_TOKENS = 4096;

/** Everything one request to the engine needs, decided before it starts. */
export interface GenerationPlan {
  /** System prompt, earlier turns (answers only) and the new user message. */
  messages: EngineMessage[];
  thinking: boolean;
  /** Sampling for this mode; thinking never decodes greedily. */
  sampling: SamplingPreset;
  budget: ThinkingBudget;
  maxTokens: number;
}

export interface PlanInput {
  systemPrompt: string;
  /** The conversation up to and including the user's new message. */
  conversation: ChatMessage[];
  mode: ResolvedMode;
  sampling: Record<ResolvedMode, SamplingPreset>;
  budget: ThinkingBudget;
}

export function planGeneration(input: PlanInput): GenerationPlan {
  return {
    messages: [...systemMessages(input.systemPrompt), ...historyForModel(input.conversation)],
    thinking: input.mode === 'think',
    sampling: input.sampling[input.mode],
    budget: input.budget,
    maxTokens: MAX_NEW_TOKENS,
  };
}
