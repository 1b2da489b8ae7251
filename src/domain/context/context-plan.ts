/**
 * Context accounting: what of a conversation fits into the model's context window, and how much
 * room is left to generate. Counts come from the model's tokenizer; this module only adds them up.
 */

/** Room kept free for the answer after thinking (Think) or for the whole answer (Quick). */
export const ANSWER_RESERVE_TOKENS = 1024;

/** ChatML around each message: `<|im_start|>` role `\n` … `<|im_end|>` `\n`. */
export const MESSAGE_OVERHEAD_TOKENS = 5;
/** `<|im_start|>assistant\n`, which opens the answer. */
export const GENERATION_PROMPT_TOKENS = 3;
/** With thinking off, Qwen3's template also writes an empty `<think>\n\n</think>\n\n`. */
export const EMPTY_THINKING_TOKENS = 4;

/** The answer reserve, scaled down for small contexts so that a question still fits. */
export function answerReserve(contextTokens: number): number {
  return Math.min(ANSWER_RESERVE_TOKENS, Math.floor(contextTokens / 4));
}

/** One earlier exchange (the user's message and the answer to it), counted with its overhead. */
export interface CountedTurn {
  /** The first message of the turn (where the divider goes when it is the first one sent). */
  firstMessageId: string;
  tokens: number;
}

export interface ContextInput {
  contextTokens: number;
  /** Tokens of the system prompt's text, or null without one. */
  systemTokens: number | null;
  /** Earlier turns, oldest first. */
  turns: readonly CountedTurn[];
  /** Tokens of the new message's text. */
  messageTokens: number;
  thinking: boolean;
}

export type ContextPlan =
  | {
      fits: true;
      /** Index into `turns` of the first turn sent; earlier ones are left out. */
      firstTurnSent: number;
      /** Tokens of the prompt as sent: system prompt, kept turns, new message, template. */
      promptTokens: number;
      /** Tokens left in the context for thinking and answer. */
      room: number;
    }
  | {
      fits: false;
      /** The new message with the system prompt and template, and what the context allows. */
      messageTokens: number;
      limit: number;
    };

export function messageCost(contentTokens: number): number {
  return contentTokens + MESSAGE_OVERHEAD_TOKENS;
}

/**
 * Leaves out the oldest whole turns until the prompt plus the room reserved for generating fits.
 * The system prompt and the new message are always sent; if they alone leave no room for the
 * answer reserve, the message is refused.
 */
export function planContext(input: ContextInput): ContextPlan {
  const reserve = answerReserve(input.contextTokens);
  const fixed =
    (input.systemTokens === null ? 0 : messageCost(input.systemTokens)) +
    messageCost(input.messageTokens) +
    GENERATION_PROMPT_TOKENS +
    (input.thinking ? 0 : EMPTY_THINKING_TOKENS);
  if (fixed + reserve > input.contextTokens) {
    return { fits: false, messageTokens: fixed, limit: input.contextTokens - reserve };
  }
  // Thinking wants room of its own too: as much as the answer reserve, before history.
  const wanted = input.thinking ? 2 * reserve : reserve;
  let history = input.turns.reduce((sum, turn) => sum + turn.tokens, 0);
  let first = 0;
  while (first < input.turns.length && fixed + history + wanted > input.contextTokens) {
    history -= input.turns[first]?.tokens ?? 0;
    first++;
  }
  const promptTokens = fixed + history;
  return {
    fits: true,
    firstTurnSent: first,
    promptTokens,
    room: input.contextTokens - promptTokens,
  };
}

/**
 * How far thinking may go: the user's budget, but never so far that no room is left for the
 * answer. `cause` says which of the two limits applies.
 */
export function effectiveThinkingBudget(
  userBudget: number | null,
  room: number,
  contextTokens: number,
): { budget: number; cause: 'user' | 'context' } {
  const contextLimit = Math.max(0, room - answerReserve(contextTokens));
  if (userBudget !== null && userBudget <= contextLimit)
    return { budget: userBudget, cause: 'user' };
  return { budget: contextLimit, cause: 'context' };
}
