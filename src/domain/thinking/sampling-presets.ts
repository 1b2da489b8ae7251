import type { GenerationMode } from '@/domain/chat/chat-types';
import type { SamplingParams } from '@/domain/engine-types';

export type SamplingPreset = Omit<SamplingParams, 'maxTokens'>;

/** From the Qwen3 model card. Thinking must never decode greedily. */
export const THINKING_SAMPLING: SamplingPreset = {
  temperature: 0.6,
  topP: 0.95,
  topK: 20,
  minP: 0,
};

export const QUICK_SAMPLING: SamplingPreset = {
  temperature: 0.7,
  topP: 0.8,
  topK: 20,
  minP: 0,
};

/** Qwen3's card forbids greedy decoding while thinking: keep the temperature above zero. */
export const MIN_THINKING_TEMPERATURE = 0.1;

export const DEFAULT_SAMPLING: Record<GenerationMode, SamplingPreset> = {
  think: THINKING_SAMPLING,
  quick: QUICK_SAMPLING,
};
