// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistantMessage } from '@/domain/chat/chat-types';
import { NoAnswerNote } from './no-answer-note';

afterEach(cleanup);

const NOTE = 'The model ended without writing an answer. Regenerate to try again.';

/** A Think answer whose thinking is done, with `overrides`. */
function answer(overrides: Partial<AssistantMessage>): AssistantMessage {
  return {
    id: 'a1',
    role: 'assistant',
    content: '',
    thinking: 'Let me think.',
    thinkingDone: true,
    status: 'done',
    stopReason: 'finished',
    mode: 'think',
    modeChoice: 'think',
    autoReason: null,
    budgetReached: false,
    error: null,
    modelId: 'm',
    createdAt: 0,
    firstTokenAt: 1,
    thinkingStartedAt: 1,
    thinkingEndedAt: 2,
    finishedAt: 3,
    thinkingTokens: 3,
    completionTokens: 4,
    promptTokens: 10,
    ...overrides,
  };
}

describe('NoAnswerNote', () => {
  it('says so when the model finished without writing an answer, and only then', () => {
    const { rerender } = render(<NoAnswerNote message={answer({ content: '' })} />);
    expect(screen.getByText(NOTE)).toBeTruthy();
    rerender(<NoAnswerNote message={answer({ content: 'It is 42.' })} />);
    expect(screen.queryByText(NOTE)).toBeNull();
  });
});
