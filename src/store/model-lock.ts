import { createHeartbeatLock, type HeartbeatLock } from './heartbeat-lock';

const LOCK_NAME = 'mindswitch-model';

/**
 * Only one tab may hold a model: two copies of a multi-gigabyte model would exhaust GPU memory.
 * A Web Lock marks the holder; a BroadcastChannel asks it to let go when another tab takes over.
 * Without Web Locks, a lease in localStorage that the holder renews does the same.
 */
export interface ModelLock {
  /** Tries to take the lock at once; false when another tab holds a model. */
  tryAcquire(): Promise<boolean>;
  /** Asks the tab holding a model to unload it, then waits for the lock. */
  takeOver(): Promise<void>;
  release(): void;
  /** Calls `onRequest` when another tab wants the model. */
  onReleaseRequested(onRequest: () => void): () => void;
}

/** The lease lock, where Web Locks are missing and localStorage works; null where neither. */
function createFallbackLock(): HeartbeatLock | null {
  try {
    const lock = createHeartbeatLock({
      storage: localStorage,
      key: LOCK_NAME,
      owner: crypto.randomUUID(),
      // A hidden tab's timers may run only once a minute; its lease must outlive that.
      ttlMs: 90_000,
      renewMs: 20_000,
      graceMs: 3_000,
      pollMs: 100,
    });
    // A closed tab lets go at once; only a crashed one leaves a lease to expire.
    addEventListener('pagehide', () => lock.release());
    return lock;
  } catch {
    // localStorage is blocked (privacy settings): every tab may load, as before.
    return null;
  }
}

export function createModelLock(): ModelLock {
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mindswitch');
  let releaseHeld: (() => void) | null = null;
  let fallback: HeartbeatLock | null | undefined;
  const fallbackLock = () => {
    if (fallback === undefined) fallback = createFallbackLock();
    return fallback;
  };
  const holdFallback = (lock: HeartbeatLock) => {
    releaseHeld = () => lock.release();
  };
  /** Holds the Web Lock until `release`. */
  const hold = () =>
    new Promise<void>((release) => {
      releaseHeld = release;
    });

  return {
    tryAcquire() {
      if (releaseHeld) return Promise.resolve(true);
      if (!navigator.locks) {
        const lock = fallbackLock();
        if (!lock) return Promise.resolve(true);
        const taken = lock.tryAcquire();
        if (taken) holdFallback(lock);
        return Promise.resolve(taken);
      }
      return new Promise<boolean>((resolve) => {
        void navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock ? hold() : undefined;
        });
      });
    },

    async takeOver() {
      if (releaseHeld) return;
      channel?.postMessage({ type: 'release-model' });
      if (!navigator.locks) {
        const lock = fallbackLock();
        if (!lock) return;
        await lock.acquire();
        holdFallback(lock);
        return;
      }
      await new Promise<void>((acquired) => {
        void navigator.locks.request(LOCK_NAME, () => {
          acquired();
          return hold();
        });
      });
    },

    release() {
      releaseHeld?.();
      releaseHeld = null;
    },

    onReleaseRequested(onRequest) {
      const listener = (event: MessageEvent<{ type?: string }>) => {
        if (event.data.type === 'release-model' && releaseHeld) onRequest();
      };
      channel?.addEventListener('message', listener);
      return () => channel?.removeEventListener('message', listener);
    },
  };
}
