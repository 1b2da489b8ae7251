export interface GpuAdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  isFallbackAdapter: boolean;
  shaderF16: boolean;
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
}

export type GpuCapability =
  | { status: 'available'; adapter: GpuAdapterSummary }
  | { status: 'unavailable'; reason: 'no-api' | 'no-adapter' | 'device-failed'; detail: string };
