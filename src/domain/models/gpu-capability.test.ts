import { describe, expect, it } from 'vitest';
import { automaticEngine, type GpuAdapterSummary } from './gpu-capability';

const adapter: GpuAdapterSummary = {
  vendor: 'google',
  architecture: 'swiftshader',
  description: '',
  isFallbackAdapter: false,
  shaderF16: false,
  maxBufferSize: 2 ** 31,
  maxStorageBufferBindingSize: 2 ** 30,
};

describe('automaticEngine', () => {
  it('uses WebGPU on a hardware adapter', () => {
    expect(automaticEngine({ status: 'available', adapter })).toEqual({
      engine: 'webgpu',
      reason: 'gpu',
    });
  });

  it('uses the CPU engine on a software adapter, and says why', () => {
    expect(
      automaticEngine({ status: 'available', adapter: { ...adapter, isFallbackAdapter: true } }),
    ).toEqual({ engine: 'cpu', reason: 'software-adapter' });
  });

  it('uses the CPU engine without WebGPU or before the check', () => {
    expect(automaticEngine(null).engine).toBe('cpu');
    expect(automaticEngine({ status: 'unavailable', reason: 'no-api', detail: '' })).toEqual({
      engine: 'cpu',
      reason: 'no-webgpu',
    });
  });
});
