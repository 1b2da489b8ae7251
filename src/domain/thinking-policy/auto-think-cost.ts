import type { ModeDecision } from '@/domain/chat/mode-decision';
import type { ThinkingBudget } from '@/domain/thinking/thinking-budget';
import type { SpeedEstimate } from './speed';
import { thinkCost } from './time-limit';

/**
 * The time Think may take before Auto prefers Draft + refine when the user set no thinking time
 * limit: the longest limit Settings offers (3 min). Past it, a quick draft (refined only where
 * it is unsure) answers in a fraction of the time; an explicit Think still thinks.
 */
export const AUTO_DEFAULT_THINK_SECONDS = 180;

/** What Auto said about Think's cost on this device, kept with the answer it decided. */
export interface AutoThinkCost {
  /** Expected thinking time here, rounded to whole seconds. */
  seconds: number;
  /** Auto would have thought, and chose Draft + refine because Think would take too long. */
  draftInstead: boolean;
}

export interface ThinkCostInput {
  speed: SpeedEstimate | null;
  budget: ThinkingBudget;
  /** The thinking time limit in seconds; null: none (then AUTO_DEFAULT_THINK_SECONDS). */
  timeLimitSeconds: number | null;
}

/**
 * Auto on a slow engine (docs/thinking-efficiency.md): where Think would take longer than the
 * time limit here, a Think decision becomes Draft + refine; where Think would take a minute or
 * more, the decision says what it would cost. Only Auto's own decisions change: the switch and
 * the `/think` commands are the user's word.
 */
export function weighThinkCost<D extends ModeDecision>(decision: D, input: ThinkCostInput): D {
  if (decision.modeChoice !== 'auto' || decision.autoReason === null) return decision;
  const limit = input.timeLimitSeconds ?? AUTO_DEFAULT_THINK_SECONDS;
  const cost = thinkCost(input.speed, input.budget, limit);
  const draftInstead = decision.mode === 'think' && cost.preferDraft;
  if (!cost.notice && !draftInstead) return decision;
  const seconds = Math.round(cost.seconds ?? 0);
  return {
    ...decision,
    ...(draftInstead && { mode: 'refine' as const }),
    autoThinkCost: { seconds, draftInstead },
  };
}
