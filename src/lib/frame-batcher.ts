export interface FrameBatcherOptions<T> {
  /**
   * Applies at least this far apart (ms), or as far apart as the pending value asks; each apply
   * still waits for an animation frame.
   */
  minIntervalMs?: number | ((value: T) => number);
  /** Applies by timer after this long when no frame comes (hidden tabs get no frames). */
  fallbackMs?: number;
}

/**
 * Coalesces a stream of values into at most one `apply` per animation frame (the latest value
 * wins), and at most one per `minIntervalMs`. A timer backs the frame up, because hidden tabs get
 * no frames and must still save.
 */
export function createFrameBatcher<T>(
  apply: (value: T) => void,
  { minIntervalMs = 0, fallbackMs = 250 }: FrameBatcherOptions<T> = {},
) {
  const intervalFor = typeof minIntervalMs === 'function' ? minIntervalMs : () => minIntervalMs;
  let pending: { value: T } | null = null;
  let frame: number | null = null;
  // At most one timer is live: the wait for the interval (`intervalEndsAt` set), then the
  // frame's fallback.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let intervalEndsAt: number | null = null;
  let lastAppliedAt = Number.NEGATIVE_INFINITY;

  const cancel = () => {
    if (frame !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
    intervalEndsAt = null;
  };
  const flush = () => {
    cancel();
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastAppliedAt = Date.now();
    apply(value);
  };
  const onNextFrame = () => {
    intervalEndsAt = null;
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, fallbackMs);
  };

  return {
    push(value: T) {
      pending = { value };
      const endsAt = lastAppliedAt + intervalFor(value);
      // Already asked for a frame, or waiting no longer than this value asks.
      if (
        frame !== null ||
        (timer !== null && (intervalEndsAt === null || intervalEndsAt <= endsAt))
      )
        return;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const wait = endsAt - Date.now();
      if (wait > 0) {
        intervalEndsAt = endsAt;
        timer = setTimeout(onNextFrame, wait);
      } else onNextFrame();
    },
    /** Applies what is pending now (the stream ended, or the caller needs it current). */
    flush,
  };
}
