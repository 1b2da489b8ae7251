import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHeartbeatLock, type LeaseStorage } from './heartbeat-lock';

/** localStorage as two tabs of one origin share it. */
function sharedStorage(): LeaseStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const timing = { ttlMs: 90_000, renewMs: 20_000, graceMs: 3_000, pollMs: 100 };

function tab(storage: LeaseStorage, owner: string) {
  return createHeartbeatLock({ storage, key: 'mindswitch-model', owner, ...timing });
}

describe('heartbeat lock (no navigator.locks)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets one tab hold the model, for as long as it keeps running', () => {
    const storage = sharedStorage();
    const first = tab(storage, 'first');
    const second = tab(storage, 'second');
    expect(first.tryAcquire()).toBe(true);
    expect(second.tryAcquire()).toBe(false);
    // Far past one lease's life: the holder's renewals keep it.
    vi.advanceTimersByTime(timing.ttlMs * 5);
    expect(second.tryAcquire()).toBe(false);
    first.release();
    expect(second.tryAcquire()).toBe(true);
    expect(first.tryAcquire()).toBe(false);
  });

  it('frees the model of a tab that crashed once its lease expires', () => {
    const storage = sharedStorage();
    const crashed = tab(storage, 'crashed');
    expect(crashed.tryAcquire()).toBe(true);
    // A crashed tab runs no timers: its lease is not renewed.
    vi.clearAllTimers();
    const second = tab(storage, 'second');
    vi.advanceTimersByTime(timing.ttlMs - 1);
    expect(second.tryAcquire()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(second.tryAcquire()).toBe(true);
  });

  it('a take-over gets the lease as soon as the holder lets go', async () => {
    const storage = sharedStorage();
    const first = tab(storage, 'first');
    const second = tab(storage, 'second');
    first.tryAcquire();
    const asked = Date.now();
    const takeOver = second.acquire();
    // The holder answers the release request a moment later.
    vi.advanceTimersByTime(250);
    first.release();
    await vi.advanceTimersByTimeAsync(timing.pollMs);
    await takeOver;
    expect(Date.now() - asked).toBeLessThan(timing.graceMs);
    expect(first.tryAcquire()).toBe(false);
  });

  it('a take-over does not wait a whole lease for a holder that never answers', async () => {
    const storage = sharedStorage();
    const gone = tab(storage, 'gone');
    gone.tryAcquire();
    vi.clearAllTimers();
    const second = tab(storage, 'second');
    const takeOver = second.acquire();
    await vi.advanceTimersByTimeAsync(timing.graceMs);
    await takeOver;
    expect(gone.tryAcquire()).toBe(false);
  });

  it('a holder whose lease was taken over stops renewing it and cannot release it', async () => {
    const storage = sharedStorage();
    const frozen = tab(storage, 'frozen');
    frozen.tryAcquire();
    const second = tab(storage, 'second');
    const takeOver = second.acquire();
    await vi.advanceTimersByTimeAsync(timing.graceMs);
    await takeOver;
    vi.advanceTimersByTime(timing.renewMs * 2);
    frozen.release();
    expect(tab(storage, 'third').tryAcquire()).toBe(false);
  });

  it('treats an unreadable lease as free', () => {
    const storage = sharedStorage();
    storage.setItem('mindswitch-model', '{not json');
    expect(tab(storage, 'first').tryAcquire()).toBe(true);
  });
});
