import { describe, expect, it } from 'vitest';
import { answerEnding, finishedWithoutAnswer } from './answer-ending';
import type { AssistantMessage } from './chat-types';

const base = {
  status: 'done',
  budgetReached: false,
  content: 'It is 42.',
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

describe('finishedWithoutAnswer', () => {
  it('is true only for a finished answer with no text, whose ending says nothing else', () => {
    expect(finishedWithoutAnswer(answer({ content: ' \n' }))).toBe(true);
    expect(finishedWithoutAnswer(answer({ content: '', stopReason: 'finished' }))).toBe(true);
    expect(finishedWithoutAnswer(answer({}))).toBe(false);
    for (const patch of [
      { status: 'streaming' },
      { status: 'stopped', stopReason: 'interrupted' },
      { status: 'error' },
      { stopReason: 'length' },
    ] satisfies Partial<AssistantMessage>[]) {
      expect(finishedWithoutAnswer(answer({ ...patch, content: '' }))).toBe(false);
    }
  });
});
