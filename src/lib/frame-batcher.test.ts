import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatcher } from './frame-batcher';

let applied: string[];
const apply = (value: string) => void applied.push(value);

beforeEach(() => {
  vi.useFakeTimers();
  applied = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createFrameBatcher without animation frames (a hidden tab, or node)', () => {
  it('applies only the latest value, once, when the fallback timer fires', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 250 });
    batcher.push('a');
    batcher.push('ab');
    batcher.push('abc');
    vi.advanceTimersByTime(249);
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['abc']);
    vi.advanceTimersByTime(1000);
    expect(applied).toEqual(['abc']);
  });

  it('schedules again after each apply', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 100 });
    batcher.push('1');
    vi.advanceTimersByTime(100);
    batcher.push('2');
    vi.advanceTimersByTime(99);
    expect(applied).toEqual(['1']);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['1', '2']);
  });

  it('flush applies what is pending at once and cancels the timer; with nothing pending it does nothing', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 250 });
    batcher.flush();
    expect(applied).toEqual([]);
    batcher.push('x');
    batcher.push('final');
    batcher.flush();
    expect(applied).toEqual(['final']);
    vi.advanceTimersByTime(1000);
    batcher.flush();
    expect(applied).toEqual(['final']);
  });
});

describe('createFrameBatcher with animation frames', () => {
  let frames: Map<number, FrameRequestCallback>;

  beforeEach(() => {
    frames = new Map();
    let next = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(++next, callback);
      return next;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });

  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(0);
  };

  it('applies the latest value on the next frame, and the timer then does not apply it again', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 250 });
    batcher.push('a');
    batcher.push('ab');
    expect(frames.size).toBe(1);
    runFrame();
    expect(applied).toEqual(['ab']);
    vi.advanceTimersByTime(1000);
    expect(applied).toEqual(['ab']);
  });

  it('still applies by timer when no frame comes (the tab is hidden)', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 250 });
    batcher.push('hidden');
    vi.advanceTimersByTime(250);
    expect(applied).toEqual(['hidden']);
    expect(frames.size).toBe(0);
  });

  it('flush cancels the requested frame', () => {
    const batcher = createFrameBatcher(apply, { fallbackMs: 250 });
    batcher.push('now');
    batcher.flush();
    expect(frames.size).toBe(0);
    expect(applied).toEqual(['now']);
  });

  it('with a minimum interval, waits that long after an apply before asking for the next frame', () => {
    const batcher = createFrameBatcher(apply, { minIntervalMs: 200, fallbackMs: 250 });
    batcher.push('1');
    runFrame();
    expect(applied).toEqual(['1']);
    batcher.push('12');
    batcher.push('123');
    runFrame();
    expect(applied).toEqual(['1']);
    vi.advanceTimersByTime(199);
    expect(frames.size).toBe(0);
    vi.advanceTimersByTime(1);
    expect(frames.size).toBe(1);
    runFrame();
    expect(applied).toEqual(['1', '123']);
  });

  it('flush applies at once even inside the minimum interval', () => {
    const batcher = createFrameBatcher(apply, { minIntervalMs: 200, fallbackMs: 250 });
    batcher.push('1');
    runFrame();
    batcher.push('final');
    batcher.flush();
    expect(applied).toEqual(['1', 'final']);
    vi.advanceTimersByTime(1000);
    runFrame();
    expect(applied).toEqual(['1', 'final']);
  });
  /** Thinking (lower case) is shown every 250 ms, the answer (upper case) every 100 ms. */
  const pace = (value: string) => (value === value.toLowerCase() ? 250 : 100);

  it('with an interval by value, waits as long as the pending value asks', () => {
    const batcher = createFrameBatcher(apply, { minIntervalMs: pace, fallbackMs: 250 });
    batcher.push('a');
    runFrame();
    batcher.push('ab');
    vi.advanceTimersByTime(249);
    expect(frames.size).toBe(0);
    vi.advanceTimersByTime(1);
    runFrame();
    expect(applied).toEqual(['a', 'ab']);
  });

  it('shortens the wait when a later value asks for a shorter interval', () => {
    const batcher = createFrameBatcher(apply, { minIntervalMs: pace, fallbackMs: 250 });
    batcher.push('a');
    runFrame();
    batcher.push('ab');
    vi.advanceTimersByTime(50);
    batcher.push('abC');
    vi.advanceTimersByTime(49);
    expect(frames.size).toBe(0);
    vi.advanceTimersByTime(1);
    runFrame();
    expect(applied).toEqual(['a', 'abC']);
    vi.advanceTimersByTime(1000);
    runFrame();
    expect(applied).toEqual(['a', 'abC']);
  });
});
