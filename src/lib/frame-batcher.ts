/**
 * Coalesces a stream of values into at most one `apply` per animation frame (the latest value
 * wins). A timer backs the frame up, because hidden tabs get no frames and must still save.
 */
export function createFrameBatcher<T>(apply: (value: T) => void, fallbackMs = 250) {
  let pending: { value: T } | null = null;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (frame !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const flush = () => {
    cancel();
    if (!pending) return;
    const { value } = pending;
    pending = null;
    apply(value);
  };

  return {
    push(value: T) {
      pending = { value };
      if (frame !== null || timer !== null) return;
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, fallbackMs);
    },
    /** Applies what is pending now (the stream ended, or the caller needs it current). */
    flush,
  };
}
