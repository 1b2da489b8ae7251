/// <reference types="vite/client" />
// The engine alone, with nothing else on the page: what the app is compared with. Driven by
// bench/engine-overhead.bench.ts through window.__bare.
import { Wllama } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import type { BareRunOptions, BareRunResult } from './protocol';

async function run(options: BareRunOptions): Promise<BareRunResult> {
  const wllama = new Wllama({ default: wasmUrl }, { suppressNativeLog: true, allowOffline: true });
  const loadStarted = performance.now();
  await wllama.loadModelFromUrl(options.url, {
    n_ctx: options.contextTokens,
    n_threads: options.threads,
    n_gpu_layers: options.gpuLayers ?? 0,
  });
  const loadMs = performance.now() - loadStarted;
  const abort = new AbortController();
  const marks: BareRunResult['marks'] = [];
  let tokens = 0;
  let chars = 0;
  const requestedAt = performance.now();
  try {
    const stream = await wllama.createChatCompletion({
      messages: [{ role: 'user', content: options.prompt }],
      stream: true,
      abortSignal: abort.signal,
      temperature: options.sampling.temperature,
      top_p: options.sampling.topP,
      top_k: options.sampling.topK,
      min_p: options.sampling.minP,
      max_tokens: options.maxTokens,
      chat_template_kwargs: { enable_thinking: options.thinking },
    });
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta as {
        content?: string | null;
        reasoning_content?: string;
      };
      tokens += 1;
      chars += (delta?.reasoning_content ?? '').length + (delta?.content ?? '').length;
      marks.push({ at: performance.now(), tokens, chars });
      if (tokens >= options.stopAfterTokens || chars >= options.stopAfterChars) abort.abort();
    }
  } catch (err) {
    if (!abort.signal.aborted) throw err;
  }
  await wllama.exit();
  return { loadMs, marks, requestedAt };
}

window.__bare = { run };
