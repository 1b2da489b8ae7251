import { describe, expect, it } from 'vitest';
import { streamRenderPace } from './stream-render-pace';

describe('streamRenderPace', () => {
  it('shows a GPU model’s stream every frame', () => {
    expect(streamRenderPace('gpu')).toEqual({ thinkingMs: 0, answerMs: 0 });
  });

  it('shows a CPU model’s answer at the slower pace, and its thinking slower still', () => {
    const pace = streamRenderPace('cpu');
    expect(pace.answerMs).toBeGreaterThanOrEqual(100);
    expect(pace.thinkingMs).toBeGreaterThan(pace.answerMs);
  });
});
