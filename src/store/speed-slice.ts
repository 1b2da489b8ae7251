import type { EngineState } from '@/domain/engine/engine-state';
import {
  speedKey,
  type SpeedEstimate,
  type SpeedMeasurement,
} from '@/domain/thinking-policy/speed';
import type { AppState } from './app-state';
import type { StoreBase } from './store-context';

/**
 * The measured decode and prefill speed of each model on each backend (`speedKey`), as kept in
 * IndexedDB: read when a model is ready, updated after every answer by the generation path
 * (never from rendering). The thinking panel's "at most", the early-stop note's time saved and
 * Auto's cost of Think read it.
 */
export interface SpeedSlice {
  speeds: Record<string, SpeedEstimate>;
}

export const createSpeedSlice = (): SpeedSlice => ({ speeds: {} });

/** The key of the model running now, on the backend it runs on; null while none is. */
function runningKey(load: EngineState): string | null {
  if (load.status !== 'ready' && load.status !== 'generating') return null;
  return speedKey(load.modelId, load.engine, load.runsOn);
}

/** The measured speed of the model running now, or null before its first answer here. */
export function selectCurrentSpeed(state: Pick<AppState, 'load' | 'speeds'>): SpeedEstimate | null {
  const key = runningKey(state.load);
  return key === null ? null : (state.speeds[key] ?? null);
}

/** Reads the running model's stored speed, once per key (a ready model after load or recovery). */
export async function loadRunningSpeed({ get, set, deps }: StoreBase): Promise<void> {
  const key = runningKey(get().load);
  if (key === null || key in get().speeds) return;
  const stored = await deps.storage().loadSpeed(key);
  if (stored && !(key in get().speeds)) set((s) => ({ speeds: { ...s.speeds, [key]: stored } }));
}

/** Folds one answer's measured speed into the running model's stored estimate. */
export async function recordRunningSpeed(
  { get, set, deps }: StoreBase,
  measurement: SpeedMeasurement,
): Promise<void> {
  const key = runningKey(get().load);
  if (key === null) return;
  const estimate = await deps.storage().recordSpeed(key, measurement);
  set((s) => ({ speeds: { ...s.speeds, [key]: estimate } }));
}
