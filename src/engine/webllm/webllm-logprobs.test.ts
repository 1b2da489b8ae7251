import { describe, expect, it } from 'vitest';
import type { GenerateEvent, GenerateRequest, WebGpuModelSpec } from '@/domain/engine-types';
import { WebLlmEngine } from './webllm-engine';

const model: WebGpuModelSpec = {
  engine: 'webgpu',
  id: 'Qwen3-0.6B-q4f16_1-MLC',
  label: 'Qwen3 0.6B',
  modelUrl: 'https://host/Qwen3-0.6B-q4f16_1-MLC/',
  modelLibUrl: 'https://host/Qwen3-0.6B.wasm',
  requiresShaderF16: true,
  downloadBytes: null,
  memoryMB: null,
  contextTokens: 4096,
};

const sampling = { temperature: 1, topP: 0.05, topK: 1, minP: 0, maxTokens: 8 };

interface LibraryMessage {
  kind: string;
  uuid: string;
  content: { request?: Record<string, unknown> } | null;
}

/** Requests web-llm awaits a reply to (`getPromise`); fire-and-forget ones get none. */
const AWAITED = new Set(['reload', 'completionStreamReturn', 'unload']);

/** Stands in for web-llm's worker: records each stream's request and streams scripted chunks. */
class ScriptedWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  requests: Record<string, unknown>[] = [];
  private pending: unknown[] = [];

  constructor(private readonly chunks: unknown[]) {
    super();
  }

  postMessage(message: LibraryMessage) {
    if (message.kind.endsWith('StreamInit')) {
      this.requests.push(message.content?.request ?? {});
      this.pending = [...this.chunks];
      this.reply(message.uuid, null);
    } else if (message.kind === 'completionStreamNextChunk') {
      // A reply that is not an object ends web-llm's stream.
      this.reply(message.uuid, this.pending.shift());
    } else if (AWAITED.has(message.kind)) {
      this.reply(message.uuid, null);
    }
  }

  terminate() {}

  private reply(uuid: string, content: unknown) {
    queueMicrotask(() =>
      this.onmessage?.(new MessageEvent('message', { data: { kind: 'return', uuid, content } })),
    );
  }
}

async function run(worker: ScriptedWorker, request: GenerateRequest): Promise<GenerateEvent[]> {
  const engine = new WebLlmEngine(() => worker as unknown as Worker);
  await engine.load(model, () => undefined, new AbortController().signal, 4096);
  const events: GenerateEvent[] = [];
  for await (const event of engine.generate(request, new AbortController().signal)) {
    events.push(event);
  }
  return events;
}

const textChunk = (text: string, logprob: number) => ({
  choices: [{ text, index: 0, finish_reason: null, logprobs: { content: [{ logprob }] } }],
});

describe('web-llm engine log-probabilities', () => {
  it('asks for them only when the request does, and passes them on with each delta', async () => {
    const usage = {
      prompt_tokens: 12,
      completion_tokens: 2,
      extra: { prefill_tokens_per_s: 900, decode_tokens_per_s: 40 },
    };
    const worker = new ScriptedWorker([
      textChunk(' 4', -0.1),
      textChunk('2.', -0.2),
      { choices: [], usage },
    ]);
    const events = await run(worker, {
      kind: 'raw',
      prompt: '<|im_start|>assistant\n<think>\nx\n</think>\n\n',
      sampling,
      logprobs: true,
      stop: ['\n'],
    });

    expect(worker.requests[0]).toMatchObject({ logprobs: true, top_logprobs: 1, stop: ['\n'] });
    expect(events).toEqual([
      { type: 'delta', text: ' 4', logprobs: [-0.1] },
      { type: 'delta', text: '2.', logprobs: [-0.2] },
      {
        type: 'done',
        usage: { promptTokens: 12, completionTokens: 2 },
        stopReason: 'finished',
        timings: {
          prefillTokensPerSecond: 900,
          decodeTokensPerSecond: 40,
          cachedPromptTokens: null,
        },
      },
    ]);
  });

  it('leaves a request that does not ask as it was: no log-probabilities asked or passed on', async () => {
    const worker = new ScriptedWorker([textChunk('Hi', -0.3)]);
    const events = await run(worker, {
      kind: 'chat',
      messages: [{ role: 'user', content: 'hi' }],
      thinking: false,
      sampling,
    });
    expect(worker.requests[0]).not.toHaveProperty('logprobs');
    expect(worker.requests[0]).not.toHaveProperty('top_logprobs');
    expect(events[0]).toEqual({ type: 'delta', text: 'Hi' });
  });
});
