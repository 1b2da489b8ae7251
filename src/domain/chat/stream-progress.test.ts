import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, applySegments, finishThinking } from './stream-progress';

describe('applySegments', () => {
  it('times thinking from its first token to the close tag, and the answer after it', () => {
    let p = applySegments(EMPTY_PROGRESS, [{ channel: 'thinking', text: 'Hm' }], 1, 100);
    p = applySegments(p, [{ channel: 'thinking', text: ', ok.' }], 2, 200);
    p = applySegments(
      p,
      [{ channel: 'thinking-closed' }, { channel: 'answer', text: 'Yes' }],
      2,
      300,
    );
    expect(p).toEqual({
      content: 'Yes',
      thinking: 'Hm, ok.',
      thinkingDone: true,
      firstTokenAt: 100,
      thinkingStartedAt: 100,
      thinkingEndedAt: 300,
      thinkingTokens: 2,
    });
  });

  it('marks thinking done when the answer starts without thinking', () => {
    const p = applySegments(EMPTY_PROGRESS, [{ channel: 'answer', text: 'Hi' }], 0, 50);
    expect(p).toMatchObject({ thinkingDone: true, thinkingStartedAt: null, thinkingEndedAt: null });
  });

  it('stops the thinking clock when a stream ends mid-thought', () => {
    const p = applySegments(EMPTY_PROGRESS, [{ channel: 'thinking', text: 'Hm' }], 1, 100);
    expect(finishThinking(p, 900)).toEqual({ thinkingEndedAt: 900 });
    expect(finishThinking(EMPTY_PROGRESS, 900)).toEqual({ thinkingEndedAt: null });
  });
});
