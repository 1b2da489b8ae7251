import { describe, expect, it } from 'vitest';
import { estimateGpuBudgetMB, fitVerdict, recommendModelId, selectWebGpuModels } from './catalog';
import type { GpuAdapterSummary, GpuCapability } from './gpu-capability';
import type { WebLlmModelRecord } from './catalog';

function record(modelId: string, vram: number): WebLlmModelRecord {
  return {
    modelId,
    modelUrl: `https://host/${modelId}`,
    modelLibUrl: `https://host/${modelId}.wasm`,
    vramRequiredMB: vram,
    contextTokens: 4096,
  };
}

const records = [
  record('Qwen3-0.6B-q4f16_1-MLC', 1403),
  record('Qwen3-0.6B-q4f32_1-MLC', 1925),
  record('Qwen3-1.7B-q4f16_1-MLC', 2037),
  record('Qwen3-1.7B-q4f32_1-MLC', 2635),
  record('Qwen3-4B-q4f16_1-MLC', 3432),
  record('Qwen3-4B-q4f32_1-MLC', 4328),
  record('Qwen3-8B-q4f16_1-MLC', 5696),
  record('Qwen3-8B-q4f32_1-MLC', 6853),
];

const GIB = 1024 ** 3;

function adapter(overrides: Partial<GpuAdapterSummary> = {}): GpuAdapterSummary {
  return {
    vendor: 'nvidia',
    architecture: 'ampere',
    description: '',
    isFallbackAdapter: false,
    shaderF16: true,
    maxBufferSize: 4 * GIB,
    maxStorageBufferBindingSize: 2 * GIB,
    ...overrides,
  };
}

const available = (a: GpuAdapterSummary): GpuCapability => ({ status: 'available', adapter: a });

describe('selectWebGpuModels', () => {
  it('picks q4f16_1 for every size when shader-f16 exists', () => {
    const ids = selectWebGpuModels(records, true).map((m) => m.id);
    expect(ids).toEqual([
      'Qwen3-0.6B-q4f16_1-MLC',
      'Qwen3-1.7B-q4f16_1-MLC',
      'Qwen3-4B-q4f16_1-MLC',
      'Qwen3-8B-q4f16_1-MLC',
    ]);
  });

  it('falls back to q4f32_1 without shader-f16 and keeps the library URLs', () => {
    const models = selectWebGpuModels(records, false);
    expect(models.map((m) => m.id)).toEqual([
      'Qwen3-0.6B-q4f32_1-MLC',
      'Qwen3-1.7B-q4f32_1-MLC',
      'Qwen3-4B-q4f32_1-MLC',
      'Qwen3-8B-q4f32_1-MLC',
    ]);
    expect(models.every((m) => !m.requiresShaderF16)).toBe(true);
    expect(models[0]?.modelLibUrl).toBe('https://host/Qwen3-0.6B-q4f32_1-MLC.wasm');
    expect(models[0]?.memoryMB).toBe(1925);
  });

  it('estimates larger downloads for f32 scales and for bigger models', () => {
    const f16 = selectWebGpuModels(records, true).map((m) => m.downloadBytes ?? 0);
    const f32 = selectWebGpuModels(records, false).map((m) => m.downloadBytes ?? 0);
    expect(f32[0]).toBeGreaterThan(f16[0] ?? Infinity);
    expect(f16[3]).toBeGreaterThan(f16[2] ?? Infinity);
  });
});

describe('fit verdicts', () => {
  it('grades memory against the budget', () => {
    expect(fitVerdict(1000, 4096)).toBe('fits');
    expect(fitVerdict(3500, 4096)).toBe('tight');
    expect(fitVerdict(5000, 4096)).toBe('too-large');
    expect(fitVerdict(null, 4096)).toBe('tight');
  });

  it('keeps software adapters and small buffer limits to a small budget', () => {
    expect(estimateGpuBudgetMB(adapter({ isFallbackAdapter: true }), 16)).toBe(2048);
    expect(estimateGpuBudgetMB(adapter({ maxBufferSize: 256 * 1024 ** 2 }), 16)).toBe(2048);
    expect(estimateGpuBudgetMB(adapter(), 16)).toBe(8192);
  });
});

describe('recommendModelId', () => {
  const f16 = selectWebGpuModels(records, true);

  it('preselects 0.6B on unknown hardware', () => {
    expect(recommendModelId(f16, available(adapter()), undefined)).toBe('Qwen3-0.6B-q4f16_1-MLC');
  });

  it('preselects 0.6B on a software adapter', () => {
    const f32 = selectWebGpuModels(records, false);
    expect(recommendModelId(f32, available(adapter({ isFallbackAdapter: true })), 8)).toBe(
      'Qwen3-0.6B-q4f32_1-MLC',
    );
  });

  it('preselects the largest model that fits, never 8B', () => {
    expect(recommendModelId(f16, available(adapter()), 8)).toBe('Qwen3-1.7B-q4f16_1-MLC');
    expect(recommendModelId(f16, available(adapter()), 32)).toBe('Qwen3-4B-q4f16_1-MLC');
  });
});
