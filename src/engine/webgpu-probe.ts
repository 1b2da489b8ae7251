import type { GpuAdapterSummary, GpuCapability } from '@/domain/models/gpu-capability';

interface AdapterWithLegacyFallbackFlag extends GPUAdapter {
  readonly isFallbackAdapter?: boolean;
}

/**
 * Asks the browser for a WebGPU adapter and a device, before any model download: web-llm itself
 * fetches the model config first and only then notices WebGPU is missing.
 */
export async function probeWebGpu(gpu: GPU | undefined = navigator.gpu): Promise<GpuCapability> {
  if (!gpu) {
    return { status: 'unavailable', reason: 'no-api', detail: 'navigator.gpu is not defined' };
  }
  let adapter: AdapterWithLegacyFallbackFlag | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (err) {
    return { status: 'unavailable', reason: 'no-adapter', detail: String(err) };
  }
  if (!adapter) {
    return {
      status: 'unavailable',
      reason: 'no-adapter',
      detail: 'requestAdapter() returned null',
    };
  }
  const info = adapter.info;
  const summary: GpuAdapterSummary = {
    vendor: info.vendor,
    architecture: info.architecture,
    description: info.description,
    isFallbackAdapter:
      (info as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter ??
      adapter.isFallbackAdapter ??
      false,
    shaderF16: adapter.features.has('shader-f16'),
    maxBufferSize: adapter.limits.maxBufferSize,
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
  };
  try {
    const device = await adapter.requestDevice();
    device.destroy();
  } catch (err) {
    return { status: 'unavailable', reason: 'device-failed', detail: String(err) };
  }
  return { status: 'available', adapter: summary };
}
