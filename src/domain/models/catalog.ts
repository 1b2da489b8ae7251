import type { GpuAdapterSummary, GpuCapability } from './gpu-capability';
import type { CpuModelSpec, WebGpuModelSpec } from '@/domain/engine-types';
import { QWEN3_MAX_CONTEXT, qwen3KvBytesPerToken } from './context-length';

/** A Qwen3 entry of web-llm's own model list, as the catalog needs it. */
export interface WebLlmModelRecord {
  modelId: string;
  modelUrl: string;
  modelLibUrl: string;
  vramRequiredMB: number | null;
  contextTokens: number;
}

export const QWEN3_SIZES = ['0.6B', '1.7B', '4B', '8B'] as const;
export type Qwen3Size = (typeof QWEN3_SIZES)[number];

/** Total parameters (embeddings included) from the Qwen3 model cards. */
const PARAMETERS: Record<Qwen3Size, number> = {
  '0.6B': 0.6e9,
  '1.7B': 1.7e9,
  '4B': 4.0e9,
  '8B': 8.2e9,
};

/** Transformer layers per size (Qwen3 config.json `num_hidden_layers`). */
const LAYERS: Record<Qwen3Size, number> = { '0.6B': 28, '1.7B': 28, '4B': 36, '8B': 36 };

/** 4-bit weights plus one scale per group of 32: f16 scales cost 0.5 bit/weight, f32 scales 1. */
const BITS_PER_PARAMETER = { q4f16_1: 4.5, q4f32_1: 5 } as const;
type Quantization = keyof typeof BITS_PER_PARAMETER;

export function quantizationFor(shaderF16: boolean): Quantization {
  return shaderF16 ? 'q4f16_1' : 'q4f32_1';
}

function parseRecordId(modelId: string): { size: Qwen3Size; quantization: Quantization } | null {
  const match = /^Qwen3-([\d.]+B)-(q4f16_1|q4f32_1)-MLC$/.exec(modelId);
  const size = QWEN3_SIZES.find((s) => s === match?.[1]);
  if (!match || !size) return null;
  return { size, quantization: match[2] as Quantization };
}

/** One web-llm model per Qwen3 size, in the quantisation this GPU can run, smallest first. */
export function selectWebGpuModels(
  records: WebLlmModelRecord[],
  shaderF16: boolean,
): WebGpuModelSpec[] {
  const wanted = quantizationFor(shaderF16);
  const models: WebGpuModelSpec[] = [];
  for (const size of QWEN3_SIZES) {
    const record = records.find((r) => {
      const parsed = parseRecordId(r.modelId);
      return parsed?.size === size && parsed.quantization === wanted;
    });
    if (!record) continue;
    models.push({
      engine: 'webgpu',
      id: record.modelId,
      label: `Qwen3 ${size}`,
      modelUrl: record.modelUrl,
      modelLibUrl: record.modelLibUrl,
      requiresShaderF16: wanted === 'q4f16_1',
      downloadBytes: Math.round((PARAMETERS[size] * BITS_PER_PARAMETER[wanted]) / 8),
      memoryMB: record.vramRequiredMB,
      contextTokens: record.contextTokens,
      maxContextTokens: QWEN3_MAX_CONTEXT,
      // web-llm keeps the KV cache in f16 with f16 shaders, else in f32.
      kvBytesPerToken: qwen3KvBytesPerToken(LAYERS[size], wanted === 'q4f16_1' ? 2 : 4),
    });
  }
  return models;
}

/**
 * The CPU engine runs Qwen's own GGUF build of Qwen3-0.6B. Q8_0 because it is the quantisation
 * Qwen publishes for this size, a 0.6B model loses noticeably more quality at 4 bits than larger
 * ones do, and llama.cpp's Q8_0 kernels are among its fastest on WebAssembly SIMD.
 */
export const CPU_DEFAULT_MODEL: CpuModelSpec = {
  engine: 'cpu',
  id: 'Qwen3-0.6B-Q8_0-GGUF',
  label: 'Qwen3 0.6B',
  ggufUrl: 'https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/resolve/main/Qwen3-0.6B-Q8_0.gguf',
  downloadBytes: 639_000_000,
  memoryMB: 1000,
  contextTokens: 4096,
  maxContextTokens: QWEN3_MAX_CONTEXT,
  // llama.cpp keeps the KV cache in f16.
  kvBytesPerToken: qwen3KvBytesPerToken(LAYERS['0.6B'], 2),
};

export type FitVerdict = 'fits' | 'tight' | 'too-large';

const GIB = 1024 ** 3;

/**
 * WebGPU does not reveal how much memory a GPU has. The estimate combines what it does reveal
 * (buffer limits, software fallback) with the browser's coarse RAM hint, which integrated GPUs share.
 */
export function estimateGpuBudgetMB(adapter: GpuAdapterSummary, deviceMemoryGB?: number): number {
  const fromRam = deviceMemoryGB ? (deviceMemoryGB * 1024) / 2 : 4096;
  const weak = adapter.isFallbackAdapter || adapter.maxBufferSize < GIB;
  return weak ? Math.min(fromRam, 2048) : fromRam;
}

export function fitVerdict(memoryMB: number | null, budgetMB: number): FitVerdict {
  if (memoryMB === null) return 'tight';
  if (memoryMB <= budgetMB * 0.75) return 'fits';
  if (memoryMB <= budgetMB) return 'tight';
  return 'too-large';
}

export function isWeakOrUnknownHardware(capability: GpuCapability, deviceMemoryGB?: number) {
  if (capability.status !== 'available') return true;
  const { adapter } = capability;
  return adapter.isFallbackAdapter || adapter.maxBufferSize < GIB || deviceMemoryGB === undefined;
}

/** The model preselected for a newcomer: 0.6B on weak or unknown hardware, else the largest that fits (4B at most, for speed). */
export function recommendModelId(
  models: WebGpuModelSpec[],
  capability: GpuCapability,
  deviceMemoryGB?: number,
): string | null {
  const smallest = models[0]?.id ?? null;
  if (capability.status !== 'available' || isWeakOrUnknownHardware(capability, deviceMemoryGB)) {
    return smallest;
  }
  const budget = estimateGpuBudgetMB(capability.adapter, deviceMemoryGB);
  const candidates = models.filter(
    (m) => parseRecordId(m.id)?.size !== '8B' && fitVerdict(m.memoryMB, budget) === 'fits',
  );
  return candidates.at(-1)?.id ?? smallest;
}
