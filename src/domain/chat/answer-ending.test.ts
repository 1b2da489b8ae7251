import { describe, expect, it } from 'vitest';
import { answerEnding } from './answer-ending';
import type { AssistantMessage } from './chat-types';

const base = {
  status: 'done',
  budgetReached: false,
} as const satisfies Partial<AssistantMessage>;

const answer = (patch: Partial<AssistantMessage>) => ({ ...base, ...patch }) as AssistantMessage;

describe('answerEnding', () => {
  it('names each way an answer can end, the cut-off first', () => {
    expect(answerEnding(answer({}))).toBe('finished');
    expect(answerEnding(answer({ status: 'stopped' }))).toBe('stopped');
    expect(answerEnding(answer({ stopReason: 'length', budgetReached: true }))).toBe('length');
    expect(answerEnding(answer({ budgetReached: true, budgetCause: 'user' }))).toBe('budget');
    expect(answerEnding(answer({ budgetReached: true, budgetCause: 'context' }))).toBe('context');
    expect(answerEnding(answer({ status: 'streaming' }))).toBeNull();
    expect(answerEnding(answer({ status: 'error' }))).toBeNull();
  });
});
