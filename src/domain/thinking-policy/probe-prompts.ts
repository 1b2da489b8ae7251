import type { EngineMessage, GenerateRequest, SamplingParams } from '@/domain/engine-types';
import { continuationPrompt, formatQwenPrompt } from '@/domain/thinking/chatml';

/**
 * At most this many tokens per trial answer: the first sentence of an answer with one fits
 * ("The answer is 42." is 6 tokens), and a probe that finds nothing costs at most this much.
 * With `probeEveryTokens` = 320 a probe costs at most 16 / 320 = 5 % of the thinking's decode
 * time, the bench's goal of a decode rate ≥ 0.95 with probes.
 */
export const PROBE_MAX_TOKENS = 16;

/**
 * Greedy: the trial answer is the model's single most likely answer, the same every time for the
 * same thinking, which the "same k times" rule needs. Temperature 1 keeps the reported
 * probabilities untempered on both engines (web-llm reports them after temperature); top-k 1
 * (wllama) and a top-p below any winner's probability (web-llm, which has no top-k) both pick the
 * most likely token.
 */
export const PROBE_SAMPLING: SamplingParams = {
  temperature: 1,
  topP: 0.01,
  topK: 1,
  minP: 0,
  maxTokens: PROBE_MAX_TOKENS,
};

/**
 * The invisible trial answer: the conversation, the thinking so far, and the end of thinking, so
 * the model answers from where it is (DEER's answer inducer, with Qwen3's own `</think>`). The
 * engine stops at the first line end; the caller cuts at the first sentence end.
 */
export function probeRequest(messages: EngineMessage[], thinking: string): GenerateRequest {
  return {
    kind: 'raw',
    prompt: continuationPrompt(messages, thinking.trimEnd(), ''),
    sampling: PROBE_SAMPLING,
    logprobs: true,
    stop: ['\n'],
  };
}

/**
 * Thinking goes on from exactly where it was (after a probe, or for "Think longer" after an early
 * stop): a raw prompt that ends inside the open think block. On wllama the KV cache still holds
 * this prefix, so only the text after it is evaluated again (see docs/thinking-efficiency.md).
 * "Think longer" passes the thinking with the transition word the stop held back ("… Wait"), the
 * s1 way (arXiv 2501.19393: appending "Wait" makes the model think on).
 */
export function resumeThinkingRequest(
  messages: EngineMessage[],
  thinking: string,
  sampling: SamplingParams,
): GenerateRequest {
  return { kind: 'raw', prompt: `${formatQwenPrompt(messages)}<think>\n${thinking}`, sampling };
}

/** s1's word for "think on", used when the stop held back no transition word of the model's. */
export const THINK_LONGER_NUDGE = 'Wait';
