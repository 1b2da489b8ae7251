import type { DetectorReason } from '@/domain/detector/reasons';
import type { EngineErrorCode } from '@/domain/engine-error';

import type { RefineOutcome } from '@/domain/refine/refine-outcome';
import type { StopReason } from '@/domain/thinking-policy/stop-rule';
import type { ProbeStats } from '@/domain/thinking-policy/thinking-controller';
import type { AutoThinkCost } from '@/domain/thinking-policy/auto-think-cost';

/** One request to the model: with thinking off (Quick) or on (Think). */
export type GenerationMode = 'quick' | 'think';
/** What actually ran: one request, or Draft + refine (a Quick draft, then a Think refinement). */
export type ResolvedMode = GenerationMode | 'refine';
/** What the user asked for: a fixed mode, or Auto (the detector decides per message). */
export type ModeChoice = ResolvedMode | 'auto';

/** Draft + refine: the quick draft, kept readable once the refined answer replaces it. */
export interface RefineDraft {
  content: string;
  firstTokenAt: number | null;
  finishedAt: number | null;
  completionTokens: number | null;
  /**
   * The draft's confidence (draft-rule.ts), present when Draft + refine measured it to decide
   * whether to refine: null while it streams or where the engine gave no log-probabilities.
   */
  confidence?: number | null;
}

/** Draft + refine kept a confident draft as the answer, unrefined (its confidence, 0–1). */
export interface DraftKept {
  confidence: number;
}

/** Thinking ended early because the trial answer was settled ("Stopped thinking early"). */
export interface EarlyStop {
  reason: StopReason;
  /** Thinking tokens up to the pause where it stopped. */
  thinkingTokens: number;
  /** What came after that pause (the transition word); "Think longer" resumes after it. */
  heldBack: string;
  /** About how much thinking time the stop saved, at the speed measured here; unknown: absent. */
  savedSeconds?: number;
}

/** What the thinking policy did during an answer (kept on the answer, shown in its details). */
export interface ThinkingPolicyReport {
  earlyStop?: EarlyStop;
  /** The thinking time limit closed thinking. */
  closedForTime?: boolean;
  /** The invisible trial answers' count, tokens and time. */
  probes?: ProbeStats;
}

export type MessageStatus = 'streaming' | 'done' | 'stopped' | 'error';

/** Where a message sits in its conversation's tree of versions (see versions.ts). */
interface ThreadLink {
  /** The message this one follows; null: it opens the conversation. */
  parentId?: string | null;
}

export interface UserMessage extends ThreadLink {
  id: string;
  role: 'user';
  content: string;
  createdAt: number;
}

export interface AssistantMessage extends ThreadLink {
  id: string;
  role: 'assistant';
  /** The answer, without thinking. */
  content: string;
  /** The reasoning shown in the thinking panel; never sent back to the model. */
  thinking: string;
  /** True once the model closed its thinking (or never opened it). */
  thinkingDone: boolean;
  status: MessageStatus;
  /** Still streaming when its tab closed: the partial answer was kept. */
  interrupted?: boolean;
  /**
   * The engine died under this answer (GPU device lost, worker crashed): status 'stopped', the
   * text so far kept, `error` says what failed, and the answer offers Retry.
   */
  engineFailure?: boolean;
  /** The mode this answer ran in, what the user had chosen, and Auto's reason code if it decided. */
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
  /** Auto's detector score (probability that thinking is needed), when Auto decided. */
  autoScore?: number;
  /** The edges of Auto's Draft + refine band when it decided (for the Quick–Think meter). */
  autoBand?: { low: number; high: number };
  /** Auto weighed what Think would take on this device (see `weighThinkCost`). */
  autoThinkCost?: AutoThinkCost;
  /** Thinking was cut at the thinking budget and closed by the app. */
  budgetReached: boolean;
  /** Why thinking was cut: the user's budget, or to leave room for the answer in the context. */
  budgetCause?: 'user' | 'context';
  /** Draft + refine: the draft; `content` is the refined answer (the draft while it streams). */
  draft?: RefineDraft;
  /** Draft + refine: whether the refined answer confirmed or changed the draft. */
  refineOutcome?: RefineOutcome;
  /** Draft + refine: the draft was confident and kept unrefined ("Refine anyway" refines it). */
  draftKept?: DraftKept;
  /** Thinking stopped early because the answer was settled. */
  earlyStop?: EarlyStop;
  /** The thinking time limit closed thinking. */
  closedForTime?: boolean;
  /** The invisible trial answers run while thinking (never part of the answer). */
  probes?: ProbeStats;
  /** How the stream ended; 'length': cut off at the context limit (it can be continued). */
  stopReason?: 'finished' | 'length' | 'interrupted';
  error: { code: EngineErrorCode; detail: string } | null;
  modelId: string;
  createdAt: number;
  firstTokenAt: number | null;
  thinkingStartedAt: number | null;
  thinkingEndedAt: number | null;
  finishedAt: number | null;
  thinkingTokens: number;
  completionTokens: number | null;
  promptTokens: number | null;
}

export type ChatMessage = UserMessage | AssistantMessage;
