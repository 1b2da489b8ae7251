import type { StoreApi } from 'zustand';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import { weighThinkCost } from '@/domain/thinking-policy/auto-think-cost';
import type { EngineSupervisor } from '@/engine/engine-supervisor';
import type { ChatStorage } from '@/storage';
import type { AnswerRunner } from './answer-runner';
import type { AppState } from './app-state';
import type { ChatSession } from './chat-session';
import type { ModelLock } from './model-lock';
import { selectCurrentSpeed } from './speed-slice';
import type { TokenCounter } from './token-counter';

/** Auto's detector (and the `/think` commands): the mode a message is answered in. */
export type DecideMode = (
  text: string,
  modeChoice: AppState['modeChoice'],
) => ModeDecision & { text: string };

/** Everything the store uses from outside it, passed in (tests pass fakes). */
export interface AppStoreDeps {
  /** The one owner of the engine: loads, generates, recovers; the store mirrors its state. */
  supervisor: EngineSupervisor;
  storage: () => ChatStorage;
  tokenCounter: TokenCounter;
  /** Synchronous once the detector's chunk is there, so sending keeps its timing. */
  detector: () => DecideMode | Promise<DecideMode>;
  /** Only one tab may hold a model. */
  modelLock: ModelLock;
}

export type SetState = StoreApi<AppState>['setState'];
export type GetState = StoreApi<AppState>['getState'];

/** What every store action gets: the state, the dependencies, and the store's own parts. */
export interface StoreBase {
  set: SetState;
  get: GetState;
  deps: AppStoreDeps;
}

export interface StoreContext extends StoreBase {
  /** The open conversation: its messages, its saving, its id. */
  session: ChatSession;
  /** The tab's one running answer. */
  runner: AnswerRunner;
}

/**
 * The detector's decision for `text` under the current mode choice (or the one given), weighed
 * against what Think would take on this device (`weighThinkCost`).
 */
export async function decideMode(
  ctx: StoreBase,
  text: string,
  modeChoice: AppState['modeChoice'] = ctx.get().modeChoice,
) {
  const pending = ctx.deps.detector();
  const decide = typeof pending === 'function' ? pending : await pending;
  const state = ctx.get();
  return weighThinkCost(decide(text, modeChoice), {
    speed: selectCurrentSpeed(state),
    budget: state.thinkingBudget,
    timeLimitSeconds: state.thinkingTimeLimit,
  });
}
