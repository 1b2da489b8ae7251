import type { ModelSpec } from '@/domain/engine-types';

/** The context lengths offered, up to the model's trained maximum. */
export const CONTEXT_LENGTHS = [4096, 8192, 16384, 32768] as const;
/** Qwen3 0.6B–8B are trained for 32K tokens (their model cards). */
export const QWEN3_MAX_CONTEXT = 32768;
/** The CPU engine's default: long enough for real thinking, small enough for its memory. */
export const CPU_DEFAULT_CONTEXT = 8192;

/**
 * Bytes of KV cache per token: keys and values, for every layer and KV head, head size 128.
 * Qwen3 0.6B and 1.7B have 28 layers, 4B and 8B 36; all four have 8 KV heads.
 */
export function qwen3KvBytesPerToken(layers: number, bytesPerValue: number): number {
  const kvHeads = 8;
  const headDim = 128;
  return 2 * layers * kvHeads * headDim * bytesPerValue;
}

export function contextOptions(model: ModelSpec): number[] {
  const max = model.maxContextTokens ?? QWEN3_MAX_CONTEXT;
  return CONTEXT_LENGTHS.filter((length) => length <= max);
}

const MIB = 1024 * 1024;

/** Memory to run the model with this context: its estimate plus the KV cache's difference. */
export function memoryWithContextMB(model: ModelSpec, contextTokens: number): number | null {
  if (model.memoryMB === null) return null;
  if (model.kvBytesPerToken === undefined) return model.memoryMB;
  const extra = ((contextTokens - model.contextTokens) * model.kvBytesPerToken) / MIB;
  return Math.max(0, Math.round(model.memoryMB + extra));
}

/**
 * The context a model starts with: on the CPU 8K; on a GPU the largest of 16K, 8K and 4K whose
 * memory `fitsComfortably`.
 */
export function defaultContextTokens(
  model: ModelSpec,
  fitsComfortably: (memoryMB: number | null) => boolean,
): number {
  const options = contextOptions(model);
  const smallest = options[0] ?? CONTEXT_LENGTHS[0];
  if (model.engine === 'cpu') {
    return options.filter((length) => length <= CPU_DEFAULT_CONTEXT).at(-1) ?? smallest;
  }
  const candidates = options.filter((length) => length <= 16384).reverse();
  return (
    candidates.find((length) => fitsComfortably(memoryWithContextMB(model, length))) ?? smallest
  );
}

/** "4K", "32K": how the choice is labelled. */
export function contextLabel(tokens: number): string {
  return `${Math.round(tokens / 1024)}K`;
}

/**
 * What the context length select shows: the chosen length, unless the loaded model reads less
 * (its trained length is shorter): then that length, and no longer options, since they would
 * not take effect.
 */
export function shownContextChoice(
  model: ModelSpec,
  chosen: number,
  loadedTokens: number | null,
): { value: number; options: number[] } {
  const options = contextOptions(model);
  if (loadedTokens === null || loadedTokens >= chosen) return { value: chosen, options };
  const shorter = options.filter((length) => length < loadedTokens);
  return { value: loadedTokens, options: [...shorter, loadedTokens] };
}
