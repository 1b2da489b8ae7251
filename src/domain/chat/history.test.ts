import { describe, expect, it } from 'vitest';
import type { AssistantMessage, ChatMessage } from '@/domain/chat/chat-types';
import { historyForModel } from './history';
import { decideMode } from './mode-decision';

function assistant(
  content: string,
  thinking: string,
  status: AssistantMessage['status'] = 'done',
): AssistantMessage {
  return {
    id: `a-${content}`,
    role: 'assistant',
    content,
    thinking,
    thinkingDone: true,
    status,
    mode: 'think',
    modeChoice: 'think',
    autoReason: null,
    budgetReached: false,
    error: status === 'error' ? { code: 'engine-crashed', detail: 'x' } : null,
    modelId: 'm',
    createdAt: 0,
    firstTokenAt: null,
    thinkingStartedAt: null,
    thinkingEndedAt: null,
    finishedAt: null,
    thinkingTokens: 0,
    completionTokens: null,
    promptTokens: null,
  };
}

const user = (content: string): ChatMessage => ({
  id: `u-${content}`,
  role: 'user',
  content,
  createdAt: 0,
});

describe('historyForModel', () => {
  it('sends earlier answers without their thinking', () => {
    const history = historyForModel([
      user('hi'),
      assistant('Hello!', 'The user greets me.'),
      user('again'),
    ]);
    expect(history).toEqual([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: 'again' },
    ]);
    expect(JSON.stringify(history)).not.toContain('greets');
  });

  it('leaves out failed and empty answers', () => {
    const history = historyForModel([
      user('one'),
      assistant('', 'only thinking, stopped', 'stopped'),
      user('two'),
      assistant('partial', '', 'error'),
      user('three'),
    ]);
    expect(history.map((m) => m.content)).toEqual(['one', 'two', 'three']);
  });
});

describe('decideMode', () => {
  it('follows a fixed switch', () => {
    expect(decideMode('Who wrote Faust?', 'think')).toMatchObject({
      mode: 'think',
      autoReason: null,
    });
    expect(decideMode('Prove that √2 is irrational.', 'quick')).toMatchObject({ mode: 'quick' });
  });

  it('lets /think and /no_think override the switch and strips them', () => {
    expect(decideMode('Who wrote Faust? /think', 'quick')).toEqual({
      text: 'Who wrote Faust?',
      mode: 'think',
      modeChoice: 'quick',
      autoReason: null,
    });
    expect(decideMode('/no_think 17 * 23 - 4 = ?', 'auto')).toMatchObject({
      mode: 'quick',
      autoReason: null,
    });
  });

  it('asks the detector in Auto and keeps its reason', () => {
    const quick = decideMode('Who wrote Faust?', 'auto');
    expect(quick.mode).toBe('quick');
    expect(quick.autoReason).not.toBeNull();
    const think = decideMode('A shirt costs $25 with 20% off. What do 3 shirts cost?', 'auto');
    expect(think.mode).toBe('think');
    expect(think.autoReason).not.toBeNull();
  });
});
