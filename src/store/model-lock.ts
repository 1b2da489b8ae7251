/**
 * Only one tab may hold a model: two copies of a multi-gigabyte model would exhaust GPU memory.
 * A Web Lock marks the holder; a BroadcastChannel asks it to let go when another tab takes over.
 */
const LOCK_NAME = 'mindswitch-model';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mindswitch');

let releaseHeldLock: (() => void) | null = null;

/** Tries to take the lock at once; false when another tab holds a model. */
export function tryAcquireModelLock(): Promise<boolean> {
  if (releaseHeldLock || !navigator.locks) return Promise.resolve(true);
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
  if (releaseHeldLock || !navigator.locks) return;
  channel?.postMessage({ type: 'release-model' });
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
