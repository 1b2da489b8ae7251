import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GenerateRequest, WebGpuModelSpec } from '@/domain/engine-types';
import type { EngineError } from '@/domain/engine-error';
import { createEngineSupervisor } from '@/engine/engine-supervisor';
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

const request: GenerateRequest = {
  kind: 'chat',
  messages: [{ role: 'user', content: 'hi' }],
  thinking: false,
  sampling: { temperature: 0, topP: 1, topK: 1, minP: 0, maxTokens: 8 },
};

interface LibraryMessage {
  kind: string;
  uuid: string;
}

/** Replies to the requests web-llm awaits (`getPromise`); fire-and-forget ones get no reply. */
const AWAITED = new Set(['reload', 'chatCompletionStreamInit', 'completionStreamReturn', 'unload']);

/**
 * Stands in for web-llm's worker: answers a load, streams one chunk, then goes silent as a
 * worker does when its GPU is gone or it crashed. The test then makes it fail in one way.
 */
class FakeWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  private chunksSent = 0;

  postMessage(message: LibraryMessage) {
    if (this.terminated) return;
    if (message.kind === 'completionStreamNextChunk') {
      if (this.chunksSent++ > 0) return;
      this.reply(message.uuid, { choices: [{ delta: { content: 'partial' }, index: 0 }] });
    } else if (AWAITED.has(message.kind)) {
      this.reply(message.uuid, null);
    }
  }

  terminate() {
    this.terminated = true;
  }

  private reply(uuid: string, content: unknown) {
    queueMicrotask(() => this.deliver({ kind: 'return', uuid, content }));
  }

  deliver(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

const failures = {
  'an uncaught error in the worker': (worker: FakeWorker) =>
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught RangeError' })),
  'a message the page cannot read': (worker: FakeWorker) =>
    worker.dispatchEvent(new Event('messageerror')),
  'the worker reporting a lost GPU device': (worker: FakeWorker) =>
    worker.deliver({
      kind: 'mindswitch-device-lost',
      reason: 'unknown',
      message: 'Device was lost',
    }),
};

const expectedCode: Record<keyof typeof failures, EngineError['code']> = {
  'an uncaught error in the worker': 'engine-crashed',
  'a message the page cannot read': 'engine-crashed',
  'the worker reporting a lost GPU device': 'device-lost',
};

describe('web-llm engine faults, with a fake worker', () => {
  for (const [name, fail] of Object.entries(failures) as [
    keyof typeof failures,
    (worker: FakeWorker) => void,
  ][]) {
    it(`${name} mid-answer ends the answer with a typed fault and the supervisor reloads`, async () => {
      const workers: FakeWorker[] = [];
      const supervisor = createEngineSupervisor({
        create: () =>
          Promise.resolve(
            new WebLlmEngine(() => {
              const worker = new FakeWorker();
              workers.push(worker);
              return worker as unknown as Worker;
            }),
          ),
      });
      await supervisor.load(model, 4096);
      const live = supervisor.currentEngine();
      if (!live) throw new Error('the model did not load');

      const texts: string[] = [];
      const iterator = live.generate(request, supervisor.beginGeneration())[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (!first.done && first.value.type === 'delta') texts.push(first.value.text);
      const rest = iterator.next();
      fail(workers[0] as FakeWorker);

      await expect(rest).rejects.toMatchObject({ code: expectedCode[name] });
      expect(texts).toEqual(['partial']);
      expect(workers[0]?.terminated).toBe(true);
      supervisor.endGeneration(false);
      await expect.poll(() => supervisor.state().status).toBe('ready');
      expect(workers).toHaveLength(2);
      expect(workers[1]?.terminated).toBe(false);
    });
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a worker that dies while loading fails the load with the cause, not a hang', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const worker = new FakeWorker();
    // The GPU goes away instead of the load's reply.
    worker.postMessage = (message) => {
      if (message.kind !== 'reload') return;
      queueMicrotask(() =>
        worker.deliver({ kind: 'mindswitch-device-lost', reason: 'unknown', message: 'GPU reset' }),
      );
    };
    const engine = new WebLlmEngine(() => worker as unknown as Worker);
    const loading = engine.load(model, () => undefined, new AbortController().signal, 4096);
    await expect(loading).rejects.toMatchObject({ code: 'device-lost' });
    expect(worker.terminated).toBe(true);
  });
});
