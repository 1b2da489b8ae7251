import { describe, expect, it } from 'vitest';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { answerStats } from './answer-stats';

const base: AssistantMessage = {
  id: 'a',
  role: 'assistant',
  content: 'x',
  thinking: 'y',
  thinkingDone: true,
  status: 'done',
  mode: 'think',
  modeChoice: 'think',
  autoReason: null,
  budgetReached: false,
  error: null,
  modelId: 'm',
  createdAt: 1_000,
  firstTokenAt: 1_300,
  thinkingStartedAt: 1_300,
  thinkingEndedAt: 3_300,
  finishedAt: 5_300,
  thinkingTokens: 40,
  completionTokens: 80,
  promptTokens: 20,
};

describe('answerStats', () => {
  it('derives time to first token, thinking time and throughput', () => {
    expect(answerStats(base)).toEqual({
      timeToFirstTokenMs: 300,
      thinkingMs: 2_000,
      totalMs: 4_300,
      totalTokens: 80,
      thinkingTokens: 40,
      answerTokens: 40,
      tokensPerSecond: 20,
    });
  });

  it('counts thinking cut at the budget in the total and the speed', () => {
    // 256 thinking tokens before the cut plus 10 answer tokens in 2 s of generation.
    const cut = {
      ...base,
      budgetReached: true,
      thinkingTokens: 256,
      completionTokens: 266,
      firstTokenAt: 1_000,
      finishedAt: 3_000,
    };
    expect(answerStats(cut)).toMatchObject({
      totalTokens: 266,
      answerTokens: 10,
      tokensPerSecond: 133,
    });
  });

  it('leaves unknowns empty instead of inventing them', () => {
    const quick = {
      ...base,
      thinkingStartedAt: null,
      thinkingEndedAt: null,
      completionTokens: null,
    };
    expect(answerStats(quick)).toMatchObject({ thinkingMs: null, tokensPerSecond: null });
    expect(answerStats({ ...base, firstTokenAt: null, finishedAt: null })).toMatchObject({
      timeToFirstTokenMs: null,
      totalMs: null,
      tokensPerSecond: null,
    });
  });
});
