// Helpers for this module's tests only.
import Dexie from 'dexie';
import type { AssistantMessage, UserMessage } from '@/domain/chat/chat-types';
import { createStorage, type ChatStorage } from './storage';

let sequence = 0;

/** A ticking clock: every call is one second later, so recency order is predictable. */
export function fakeClock(start = Date.UTC(2025, 0, 1)): () => number {
  let now = start;
  return () => (now += 1000);
}

export function userMessage(content: string, overrides: Partial<UserMessage> = {}): UserMessage {
  sequence += 1;
  return { id: `u${sequence}`, role: 'user', content, createdAt: 1_000 + sequence, ...overrides };
}

export function assistantMessage(
  content: string,
  overrides: Partial<AssistantMessage> = {},
): AssistantMessage {
  sequence += 1;
  return {
    id: `a${sequence}`,
    role: 'assistant',
    content,
    thinking: '',
    thinkingDone: true,
    status: 'done',
    mode: 'quick',
    modeChoice: 'auto',
    autoReason: 'short-factual',
    budgetReached: false,
    error: null,
    modelId: 'Qwen3-0.6B',
    createdAt: 1_000 + sequence,
    firstTokenAt: 1_100 + sequence,
    thinkingStartedAt: null,
    thinkingEndedAt: null,
    finishedAt: 1_200 + sequence,
    thinkingTokens: 0,
    completionTokens: 12,
    promptTokens: 30,
    ...overrides,
  };
}

export interface TestStorage {
  name: string;
  storage: ChatStorage;
  /** A second instance on the same database, as after a reload (closes the first). */
  reopen(): ChatStorage;
  dispose(): Promise<void>;
}

/** A storage on a database of its own, so tests never see each other's data. */
export function freshStorage(): TestStorage {
  const name = `mindswitch-test-${crypto.randomUUID()}`;
  const now = fakeClock();
  const first = createStorage({ name, now });
  const opened = [first];
  return {
    name,
    storage: first,
    reopen() {
      for (const s of opened) s.close();
      const next = createStorage({ name, now });
      opened.push(next);
      return next;
    },
    async dispose() {
      for (const s of opened) s.close();
      await Dexie.delete(name);
    },
  };
}
