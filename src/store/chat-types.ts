import type { EngineErrorCode } from '@/engine/errors';

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
