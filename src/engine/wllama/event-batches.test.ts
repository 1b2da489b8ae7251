import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GenerateEvent } from '@/domain/engine-types';
import { eventBatches } from './event-batches';

const delta = (text: string): GenerateEvent => ({ type: 'delta', text });
const done: GenerateEvent = {
  type: 'done',
  usage: { promptTokens: 1, completionTokens: 3 },
  stopReason: 'finished',
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function batches() {
  const sent: GenerateEvent[][] = [];
  const batcher = eventBatches((events) => sent.push(events), 40);
  return { sent, batcher };
}

describe('eventBatches', () => {
  it('sends the first token at once and gathers the tokens that follow it within the interval', () => {
    const { sent, batcher } = batches();
    batcher.add(delta('a'));
    expect(sent).toEqual([[delta('a')]]);
    vi.advanceTimersByTime(10);
    batcher.add(delta('b'));
    vi.advanceTimersByTime(10);
    batcher.add(delta('c'));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(20);
    expect(sent).toEqual([[delta('a')], [delta('b'), delta('c')]]);
  });

  it('sends a token alone and at once when tokens come slower than the interval', () => {
    const { sent, batcher } = batches();
    for (const text of ['a', 'b', 'c']) {
      batcher.add(delta(text));
      expect(sent.at(-1)).toEqual([delta(text)]);
      vi.advanceTimersByTime(200);
    }
    expect(sent).toHaveLength(3);
  });

  it('sends the end of the stream at once, after the tokens gathered before it', () => {
    const { sent, batcher } = batches();
    batcher.add(delta('a'));
    batcher.add(delta('b'));
    batcher.add(done);
    expect(sent).toEqual([[delta('a')], [delta('b'), done]]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
  });

  it('flushes what was gathered on demand, and nothing when nothing was', () => {
    const { sent, batcher } = batches();
    batcher.add(delta('a'));
    batcher.add(delta('b'));
    batcher.flush();
    batcher.flush();
    expect(sent).toEqual([[delta('a')], [delta('b')]]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
  });
});
