import type { GenerationMode } from '@/domain/chat/chat-types';
import {
  DEFAULT_SAMPLING,
  MIN_THINKING_TEMPERATURE,
  type SamplingPreset,
} from './sampling-presets';

export type SamplingKey = keyof SamplingPreset;

export interface SamplingLimits {
  min: number;
  max: number;
  integer: boolean;
}

const LIMITS: Record<SamplingKey, SamplingLimits> = {
  temperature: { min: 0, max: 2, integer: false },
  topP: { min: 0, max: 1, integer: false },
  topK: { min: 0, max: 200, integer: true },
  minP: { min: 0, max: 1, integer: false },
};

/** The range a sampling value may take in a mode (thinking never decodes greedily). */
export function samplingLimits(key: SamplingKey, mode: GenerationMode): SamplingLimits {
  const limits = LIMITS[key];
  if (key === 'temperature' && mode === 'think') {
    return { ...limits, min: MIN_THINKING_TEMPERATURE };
  }
  return limits;
}

export type SamplingInputError = 'not-a-number' | 'out-of-range' | 'not-whole';

export type SamplingInputResult =
  { ok: true; value: number; isDefault: boolean } | { ok: false; error: SamplingInputError };

/**
 * Checks a typed sampling value (already parsed; null = the field is empty). Empty means the
 * Qwen3 default; anything outside the range is refused, never clamped to something else.
 */
export function checkSamplingInput(
  key: SamplingKey,
  mode: GenerationMode,
  parsed: number | null,
): SamplingInputResult {
  if (parsed === null) return { ok: true, value: DEFAULT_SAMPLING[mode][key], isDefault: true };
  if (!Number.isFinite(parsed)) return { ok: false, error: 'not-a-number' };
  const limits = samplingLimits(key, mode);
  if (parsed < limits.min || parsed > limits.max) return { ok: false, error: 'out-of-range' };
  if (limits.integer && !Number.isInteger(parsed)) return { ok: false, error: 'not-whole' };
  return { ok: true, value: parsed, isDefault: false };
}
