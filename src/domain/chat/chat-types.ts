import type { DetectorReason } from '@/domain/detector/reasons';
import type { EngineErrorCode } from '@/domain/engine-error';

/** What the user asked for: a fixed mode, or Auto (the detector decides per message). */
export type ModeChoice = 'quick' | 'think' | 'auto';
/** What actually ran. */
export type ResolvedMode = 'quick' | 'think';

export type MessageStatus = 'streaming' | 'done' | 'stopped' | 'error';

export interface UserMessage {
  id: string;
  role: 'user';
  content: string;
  createdAt: number;
}

export interface AssistantMessage {
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
  /** The mode this answer ran in, what the user had chosen, and Auto's reason code if it decided. */
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
  /** Thinking was cut at the thinking budget and closed by the app. */
  budgetReached: boolean;
  /** Why thinking was cut: the user's budget, or to leave room for the answer in the context. */
  budgetCause?: 'user' | 'context';
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
