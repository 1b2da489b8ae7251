import type { ChatMessage, GenerationMode } from '@/domain/chat/chat-types';
import { planGeneration, textsToCount, type PlanOutcome } from '@/domain/generation/plan';
import type { AppState } from './app-state';
import { selectCurrentSpeed } from './speed-slice';
import type { TokenCounter } from './token-counter';

/**
 * Plans the request that answers the last message of `conversation`: context accounting with the
 * model's tokenizer, then the generation plan. Null when no model is loaded.
 */
export async function planRequest(
  state: AppState,
  counter: TokenCounter,
  conversation: ChatMessage[],
  step: GenerationMode,
  continuing?: string,
): Promise<PlanOutcome | null> {
  // A plan is also made during a generation (Draft + refine plans its refinement then).
  if (state.load.status !== 'ready' && state.load.status !== 'generating') return null;
  const countOf = await counter.countAll(
    textsToCount(state.systemPrompt, conversation, continuing),
  );
  const outcome = planGeneration({
    systemPrompt: state.systemPrompt,
    conversation,
    mode: step,
    sampling: state.sampling,
    budget: state.thinkingBudget,
    contextTokens: state.load.contextTokens,
    countOf,
    continuing,
  });
  if (!outcome.ok || !outcome.plan.thinking) return outcome;
  const policy = {
    stopWhenSettled: state.stopWhenSettled,
    timeLimitMs: state.thinkingTimeLimit === null ? null : state.thinkingTimeLimit * 1000,
    speed: selectCurrentSpeed(state),
  };
  return { ...outcome, plan: { ...outcome.plan, policy } };
}
