/**
 * A lock shared by the tabs of one origin where `navigator.locks` is missing (older Safari, some
 * embedded browsers): a lease in localStorage that its holder renews. A tab that crashed stops
 * renewing, so its lease expires; a tab that wants the model sooner asks the holder to let go and,
 * when nobody answers within a grace period, takes the lease (a live holder answers at once,
 * because messages reach even a hidden tab whose timers the browser slows down).
 */
export interface LeaseStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface HeartbeatLockOptions {
  storage: LeaseStorage;
  key: string;
  /** Unique per tab. */
  owner: string;
  /** How long a lease lives without renewal. Longer than a hidden tab's slowest timer (1 min). */
  ttlMs: number;
  renewMs: number;
  /** How long a take-over waits for the holder to let go before it takes the lease. */
  graceMs: number;
  pollMs: number;
}

interface Lease {
  owner: string;
  expires: number;
}

function readLease(storage: LeaseStorage, key: string): Lease | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { owner, expires } = value as Partial<Lease>;
    return typeof owner === 'string' && typeof expires === 'number' ? { owner, expires } : null;
  } catch {
    return null;
  }
}

export function createHeartbeatLock(options: HeartbeatLockOptions) {
  const { storage, key, owner } = options;
  let renewTimer: ReturnType<typeof setInterval> | undefined;

  const write = () =>
    storage.setItem(key, JSON.stringify({ owner, expires: Date.now() + options.ttlMs }));

  const isFree = () => {
    const lease = readLease(storage, key);
    return !lease || lease.owner === owner || lease.expires <= Date.now();
  };

  const take = () => {
    write();
    clearInterval(renewTimer);
    renewTimer = setInterval(() => {
      // Another tab took the lease over (it thought this tab was gone): do not take it back.
      if (readLease(storage, key)?.owner === owner) write();
      else clearInterval(renewTimer);
    }, options.renewMs);
  };

  return {
    /** Takes the lease when it is free or expired; false while another tab holds it. */
    tryAcquire(): boolean {
      if (!isFree()) return false;
      take();
      return true;
    },

    /** Waits for the holder to let go (it was asked to), and takes the lease after the grace. */
    async acquire(): Promise<void> {
      const deadline = Date.now() + options.graceMs;
      while (!isFree() && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, options.pollMs));
      }
      take();
    },

    release() {
      clearInterval(renewTimer);
      renewTimer = undefined;
      if (readLease(storage, key)?.owner === owner) storage.removeItem(key);
    },
  };
}

export type HeartbeatLock = ReturnType<typeof createHeartbeatLock>;
