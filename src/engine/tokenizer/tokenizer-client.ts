import type { TokenizerRequest, TokenizerResponse } from './tokenizer-protocol';

/**
 * Counts tokens with Qwen3's own tokenizer, in a worker started on first use: the vocabulary is
 * large, and neither the first paint nor the page's main thread should pay for it. The service
 * worker precaches the worker, so counting works offline.
 */
let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (counts: number[]) => void; reject: (e: Error) => void }
>();

function startWorker(): Worker {
  const started = new Worker(new URL('./tokenizer-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<TokenizerResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    if (response.type === 'counted') pending?.resolve(response.counts);
    else pending?.reject(new Error(response.message));
  };
  started.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message));
    waiting.clear();
    worker = null;
  };
  return started;
}

export function countQwen3Tokens(texts: string[]): Promise<number[]> {
  if (texts.length === 0) return Promise.resolve([]);
  worker ??= startWorker();
  const id = nextId++;
  const request: TokenizerRequest = { type: 'count', id, texts };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
