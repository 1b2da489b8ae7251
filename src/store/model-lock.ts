import { createHeartbeatLock, type HeartbeatLock } from './heartbeat-lock';

/**
 * Only one tab may hold a model: two copies of a multi-gigabyte model would exhaust GPU memory.
 * A Web Lock marks the holder; a BroadcastChannel asks it to let go when another tab takes over.
 * Without Web Locks, a lease in localStorage that the holder renews does the same.
 */
const LOCK_NAME = 'mindswitch-model';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mindswitch');

let releaseHeldLock: (() => void) | null = null;

let heartbeat: HeartbeatLock | null | undefined;
/** The lease lock, where Web Locks are missing and localStorage works; null where neither. */
function fallbackLock(): HeartbeatLock | null {
  if (heartbeat !== undefined) return heartbeat;
  heartbeat = null;
  try {
    heartbeat = createHeartbeatLock({
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
    addEventListener('pagehide', () => heartbeat?.release());
  } catch {
    // localStorage is blocked (privacy settings): every tab may load, as before.
  }
  return heartbeat;
}

function holdFallback(lock: HeartbeatLock) {
  releaseHeldLock = () => lock.release();
}

/** Tries to take the lock at once; false when another tab holds a model. */
export function tryAcquireModelLock(): Promise<boolean> {
  if (releaseHeldLock) return Promise.resolve(true);
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
      if (!lock) return undefined;
      return new Promise<void>((release) => {
        releaseHeldLock = release;
      });
    });
  });
}

/** Asks the tab holding a model to unload it, then waits for the lock. */
export async function takeOverModelLock(): Promise<void> {
  if (releaseHeldLock) return;
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
      return new Promise<void>((release) => {
        releaseHeldLock = release;
      });
    });
  });
}

export function releaseModelLock() {
  releaseHeldLock?.();
  releaseHeldLock = null;
}

/** Calls `onRequest` when another tab wants the model. */
export function onModelReleaseRequested(onRequest: () => void): () => void {
  const listener = (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type === 'release-model' && releaseHeldLock) onRequest();
  };
  channel?.addEventListener('message', listener);
  return () => channel?.removeEventListener('message', listener);
}
