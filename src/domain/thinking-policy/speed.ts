import type { EngineKind, GenerationTimings } from '@/domain/engine-types';
import type { RunBackend } from '@/domain/models/gguf-backend';

/**
 * How fast a model runs on this device: decode and prefill tokens per second, per model and
 * backend (the same GGUF runs at very different speeds on wllama's CPU and WebGPU paths). Kept in
 * IndexedDB (src/storage/speeds.ts) and updated by every answer.
 */
export interface SpeedEstimate {
  decodeTokensPerSecond: number;
  /** Null until a request with a measurable prompt was seen. */
  prefillTokensPerSecond: number | null;
  /** How many measurements went in (the first ones move the estimate most). */
  samples: number;
  updatedAt: number;
}

/** One answer's measurement: the engine's own timings, or tokens over time from the stream. */
export interface SpeedMeasurement {
  decodeTokens: number;
  decodeTokensPerSecond: number;
  prefillTokensPerSecond: number | null;
}

/** Where a speed belongs: the model and the backend it ran on. */
export function speedKey(modelId: string, engine: EngineKind, runsOn: RunBackend = 'cpu'): string {
  const backend = engine === 'webgpu' ? 'webllm' : `wllama-${runsOn}`;
  return `${backend}|${modelId}`;
}

/** Answers shorter than this are mostly start-up; their rate says little about decoding. */
export const MIN_MEASURED_TOKENS = 16;
/**
 * Weight of a new measurement once a few are in: an exponential moving average that follows a
 * device getting slower (thermal throttling, another tab) within a few answers, without one odd
 * answer moving it far. The first measurements are averaged plainly (weight 1/n).
 */
export const SPEED_SMOOTHING = 0.3;

/** The measurement of one answer, from the engine's timings or, failing those, the clock. */
export function measureSpeed(
  decodeTokens: number,
  decodeMs: number,
  timings?: GenerationTimings,
): SpeedMeasurement | null {
  const fromClock = decodeMs > 0 ? (decodeTokens * 1000) / decodeMs : null;
  const decodeTokensPerSecond = timings?.decodeTokensPerSecond ?? fromClock;
  if (decodeTokensPerSecond === null || decodeTokens < MIN_MEASURED_TOKENS) return null;
  return {
    decodeTokens,
    decodeTokensPerSecond,
    prefillTokensPerSecond: timings?.prefillTokensPerSecond ?? null,
  };
}

export function updateSpeed(
  previous: SpeedEstimate | null,
  measurement: SpeedMeasurement,
  now: number,
): SpeedEstimate {
  if (!previous) {
    return {
      decodeTokensPerSecond: measurement.decodeTokensPerSecond,
      prefillTokensPerSecond: measurement.prefillTokensPerSecond,
      samples: 1,
      updatedAt: now,
    };
  }
  const samples = previous.samples + 1;
  const weight = Math.max(SPEED_SMOOTHING, 1 / samples);
  const blend = (old: number, next: number) => old + weight * (next - old);
  const prefill =
    measurement.prefillTokensPerSecond === null
      ? previous.prefillTokensPerSecond
      : previous.prefillTokensPerSecond === null
        ? measurement.prefillTokensPerSecond
        : blend(previous.prefillTokensPerSecond, measurement.prefillTokensPerSecond);
  return {
    decodeTokensPerSecond: blend(previous.decodeTokensPerSecond, measurement.decodeTokensPerSecond),
    prefillTokensPerSecond: prefill,
    samples,
    updatedAt: now,
  };
}

/**
 * The most thinking can take: its token budget at the decode rate, plus reading the prompt once.
 * Null without a budget (thinking then ends only at the context) or without a speed yet.
 */
export function mostThinkingSeconds(
  budgetTokens: number | null,
  speed: SpeedEstimate | null,
  promptTokens = 0,
): number | null {
  if (budgetTokens === null || !speed) return null;
  const prefill = speed.prefillTokensPerSecond ? promptTokens / speed.prefillTokensPerSecond : 0;
  return prefill + budgetTokens / speed.decodeTokensPerSecond;
}
