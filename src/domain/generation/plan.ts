import type { ChatMessage, GenerationMode } from '@/domain/chat/chat-types';
import { historyForModel, isSentToModel, systemMessages } from '@/domain/chat/history';
import {
  effectiveThinkingBudget,
  messageCost,
  planContext,
  type CountedTurn,
} from '@/domain/context/context-plan';
import type { EngineMessage } from '@/domain/engine-types';
import type { SamplingPreset } from '@/domain/thinking/sampling-presets';
import type { ThinkingBudget } from '@/domain/thinking/thinking-budget';
import type { SpeedEstimate } from '@/domain/thinking-policy/speed';

/** Everything one request to the engine needs, decided before it starts. */
export interface GenerationPlan {
  /** System prompt, the earlier turns that fit (answers only) and the new user message. */
  messages: EngineMessage[];
  thinking: boolean;
  /** Sampling for this mode; thinking never decodes greedily. */
  sampling: SamplingPreset;
  /** Where thinking is cut: the user's budget or the room the context leaves (null: never). */
  budget: ThinkingBudget;
  /** Why thinking would be cut at `budget`. */
  budgetCause: 'user' | 'context';
  /** The most tokens the answer (thinking included) may generate: the room left in the context. */
  maxTokens: number;
  promptTokens: number;
  contextTokens: number;
  /** Continue an answer cut off at the context limit, instead of starting a new one. */
  continuation?: { thinking: string; answer: string };
  /**
   * "Think longer": thinking goes on from `thinking` (its `tokens` already spent) inside the open
   * think block, then the model answers; instead of a new request.
   */
  resumeThinking?: { thinking: string; tokens: number };
  /** The thinking policy for a thinking request (stop when settled, time limit); none: off. */
  policy?: ThinkingPolicySettings;
  /** Ask the engine for each token's log-probability (Draft + refine's draft). */
  logprobs?: boolean;
}

/** The settings "Stop thinking once the answer is settled" and the thinking time limit. */
export interface ThinkingPolicySettings {
  stopWhenSettled: boolean;
  /** Null: no time limit. */
  timeLimitMs: number | null;
  /** The model's measured speed here (for the time an early stop saved); null before any. */
  speed?: SpeedEstimate | null;
}

export interface PlanInput {
  systemPrompt: string;
  /** The conversation up to and including the user's new message. */
  conversation: ChatMessage[];
  mode: GenerationMode;
  sampling: Record<GenerationMode, SamplingPreset>;
  budget: ThinkingBudget;
  contextTokens: number;
  /** Token count of a text, counted beforehand with the model's tokenizer (see `textsToCount`). */
  countOf: (text: string) => number;
  /** The answer so far, when an answer cut off at the limit is continued. */
  continuing?: string;
}

export type PlanOutcome =
  | {
      ok: true;
      plan: GenerationPlan;
      /** The first earlier message still sent, when older ones were left out; else null. */
      firstSentMessageId: string | null;
    }
  | { ok: false; reason: 'too-long'; messageTokens: number; limit: number };

/** The texts whose token counts `planGeneration` needs. */
export function textsToCount(
  systemPrompt: string,
  conversation: ChatMessage[],
  continuing?: string,
): string[] {
  const texts = [...systemMessages(systemPrompt), ...historyForModel(conversation)];
  return [...texts.map((m) => m.content), ...(continuing === undefined ? [] : [continuing])];
}

/**
 * A Quick answer may fill at most half the context in one go: a runaway answer is cut off with
 * room left, and Continue can go on from there.
 */
function answerCap(contextTokens: number, thinking: boolean, room: number): number {
  return thinking ? room : Math.min(room, Math.floor(contextTokens / 2));
}

/** Groups the messages sent to the model into turns: a user message and what answers it. */
function countedTurns(earlier: ChatMessage[], countOf: (text: string) => number): CountedTurn[] {
  const turns: CountedTurn[] = [];
  for (const message of earlier) {
    if (message.role === 'user' || turns.length === 0) {
      turns.push({ firstMessageId: message.id, tokens: 0 });
    }
    const turn = turns[turns.length - 1];
    if (turn && isSentToModel(message)) turn.tokens += messageCost(countOf(message.content));
  }
  return turns;
}

export function planGeneration(input: PlanInput): PlanOutcome {
  const { conversation, countOf } = input;
  const newMessage = conversation[conversation.length - 1];
  const earlier = conversation.slice(0, -1);
  const continuing = input.continuing;
  // A continued answer goes on without thinking; what it wrote so far is part of the prompt.
  const thinking = input.mode === 'think' && continuing === undefined;
  const continuingTokens = continuing === undefined ? 0 : input.countOf(continuing);
  const system = systemMessages(input.systemPrompt);
  const turns = countedTurns(earlier, countOf);
  const context = planContext({
    contextTokens: input.contextTokens,
    systemTokens: system[0] ? countOf(system[0].content) : null,
    turns,
    messageTokens: (newMessage ? countOf(newMessage.content) : 0) + continuingTokens,
    thinking,
  });
  if (!context.fits) {
    return {
      ok: false,
      reason: 'too-long',
      messageTokens: context.messageTokens,
      limit: context.limit,
    };
  }
  const firstSent = turns[context.firstTurnSent];
  const keptFrom = firstSent
    ? earlier.findIndex((m) => m.id === firstSent.firstMessageId)
    : earlier.length;
  const budget = effectiveThinkingBudget(input.budget, context.room, input.contextTokens);
  return {
    ok: true,
    firstSentMessageId:
      context.firstTurnSent > 0 ? (firstSent?.firstMessageId ?? newMessage?.id ?? null) : null,
    plan: {
      messages: [
        ...system,
        ...historyForModel([...earlier.slice(keptFrom), ...(newMessage ? [newMessage] : [])]),
      ],
      thinking,
      sampling: input.sampling[input.mode],
      budget: thinking ? budget.budget : null,
      budgetCause: budget.cause,
      maxTokens: answerCap(input.contextTokens, thinking, context.room),
      promptTokens: context.promptTokens,
      contextTokens: input.contextTokens,
      ...(continuing !== undefined && { continuation: { thinking: '', answer: continuing } }),
    },
  };
}
