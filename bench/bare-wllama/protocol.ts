// What the engine-overhead bench and the bare wllama page agree on.
export interface BareRunOptions {
  url: string;
  threads: number;
  contextTokens: number;
  thinking: boolean;
  prompt: string;
  sampling: { temperature: number; topP: number; topK: number; minP: number };
  maxTokens: number;
  /** The stream is stopped after this many tokens or characters, whichever comes first. */
  stopAfterTokens: number;
  stopAfterChars: number;
  /** Layers offloaded to WebGPU (llama.cpp's n_gpu_layers); 0 or absent: all on the CPU. */
  gpuLayers?: number;
}

export interface BareRunResult {
  /** From `loadModelFromUrl` to a loaded model (download or browser cache included). */
  loadMs: number;
  /** After every streamed chunk: page time, chunks (tokens) and characters so far. */
  marks: { at: number; tokens: number; chars: number }[];
  /** Page time the stream was asked for: until the first mark, the prompt is processed. */
  requestedAt: number;
}

declare global {
  interface Window {
    __bare?: { run: (options: BareRunOptions) => Promise<BareRunResult> };
  }
}
