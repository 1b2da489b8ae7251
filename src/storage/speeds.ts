import {
  updateSpeed,
  type SpeedEstimate,
  type SpeedMeasurement,
} from '@/domain/thinking-policy/speed';
import type { StorageContext } from './context';

function isEstimate(value: unknown): value is SpeedEstimate {
  if (typeof value !== 'object' || value === null) return false;
  const { decodeTokensPerSecond, prefillTokensPerSecond, samples, updatedAt } = value as Record<
    string,
    unknown
  >;
  const positive = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0;
  return (
    positive(decodeTokensPerSecond) &&
    (prefillTokensPerSecond === null || positive(prefillTokensPerSecond)) &&
    typeof samples === 'number' &&
    typeof updatedAt === 'number'
  );
}

/** The measured speed of a model on a backend, or null before its first answer (or if damaged). */
export async function loadSpeed(ctx: StorageContext, key: string): Promise<SpeedEstimate | null> {
  const record = await ctx.db.speeds.get(key);
  return record && isEstimate(record.estimate) ? record.estimate : null;
}

/**
 * Folds one answer's measurement into the stored estimate, in one transaction so two tabs
 * answering at once both count.
 */
export async function recordSpeed(
  ctx: StorageContext,
  key: string,
  measurement: SpeedMeasurement,
): Promise<SpeedEstimate> {
  return ctx.db.transaction('rw', ctx.db.speeds, async () => {
    const previous = await loadSpeed(ctx, key);
    const estimate = updateSpeed(previous, measurement, ctx.now());
    await ctx.db.speeds.put({ key, estimate });
    return estimate;
  });
}
