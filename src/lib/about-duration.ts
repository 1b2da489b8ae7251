/** A duration rounded for "about …": what the UI shows of an estimate, in one unit. */
export type AboutDuration = { unit: 'seconds' | 'minutes'; value: number };

/**
 * Rounds an estimate as people say it: whole seconds under 10 s, 5 s steps under 2 min, whole
 * minutes beyond. A finer number would claim a precision the estimate does not have.
 */
export function aboutDuration(seconds: number): AboutDuration {
  const s = Math.max(0, seconds);
  if (s < 10) return { unit: 'seconds', value: Math.max(1, Math.round(s)) };
  if (s < 120) return { unit: 'seconds', value: Math.round(s / 5) * 5 };
  return { unit: 'minutes', value: Math.round(s / 60) };
}
