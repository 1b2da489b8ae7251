import { describe, expect, it } from 'vitest';
import type { GpuAdapterSummary, GpuCapability } from './gpu-capability';
import { ggufBackend, offloadedLayers } from './gguf-backend';

function adapter(overrides: Partial<GpuAdapterSummary>): GpuCapability {
  return {
    status: 'available',
    adapter: {
      vendor: 'nvidia',
      architecture: 'ada',
      description: '',
      isFallbackAdapter: false,
      shaderF16: true,
      maxBufferSize: 2 ** 31,
      maxStorageBufferBindingSize: 2 ** 31,
      ...overrides,
    },
  };
}

const swiftShader = adapter({ vendor: 'google', isFallbackAdapter: true, shaderF16: false });

describe('ggufBackend', () => {
  it('runs on the GPU where the adapter is a real GPU with shader-f16', () => {
    expect(ggufBackend(adapter({}), 'auto')).toEqual({ backend: 'gpu', reason: 'gpu' });
    expect(ggufBackend(adapter({}), 'gpu')).toEqual({ backend: 'gpu', reason: 'gpu' });
  });

  it('runs on the CPU when the user chose it', () => {
    expect(ggufBackend(adapter({}), 'cpu')).toEqual({ backend: 'cpu', reason: 'chosen-cpu' });
  });

  it('runs on the CPU without WebGPU', () => {
    const none: GpuCapability = { status: 'unavailable', reason: 'no-api', detail: '' };
    expect(ggufBackend(none, 'gpu')).toEqual({ backend: 'cpu', reason: 'no-webgpu' });
    expect(ggufBackend(null, 'auto')).toEqual({ backend: 'cpu', reason: 'no-webgpu' });
  });

  it('keeps Automatic on the CPU without shader-f16 (ggml-webgpu needs it)', () => {
    expect(ggufBackend(swiftShader, 'auto')).toEqual({ backend: 'cpu', reason: 'no-shader-f16' });
    expect(ggufBackend(adapter({ shaderF16: false }), 'auto')).toEqual({
      backend: 'cpu',
      reason: 'no-shader-f16',
    });
  });

  it('tries the GPU wherever there is an adapter when the user chose it', () => {
    expect(ggufBackend(swiftShader, 'gpu')).toEqual({ backend: 'gpu', reason: 'gpu' });
  });

  it('keeps Automatic off a software adapter, but lets the user choose it', () => {
    const software = adapter({ isFallbackAdapter: true });
    expect(ggufBackend(software, 'auto')).toEqual({ backend: 'cpu', reason: 'software-adapter' });
    expect(ggufBackend(software, 'gpu')).toEqual({ backend: 'gpu', reason: 'gpu' });
  });
});

describe('offloadedLayers', () => {
  it('reads the layers llama.cpp put on the GPU', () => {
    const log = [
      'load_tensors: loading model tensors',
      'load_tensors: offloaded 29/29 layers to GPU',
    ];
    expect(offloadedLayers(log)).toBe(29);
  });

  it('is 0 when llama.cpp loaded on the CPU without saying so', () => {
    expect(offloadedLayers(['load_tensors:          CPU model buffer size =    10.54 MiB'])).toBe(
      0,
    );
  });
});
