import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '@/domain/engine-error';
import type { GenerateEvent } from '@/domain/engine-types';
import { TEST_CPU_MODEL, TEST_RAW_REQUEST } from '@/engine/test-specs';
import type { HostMessage, HostRequest } from './host-protocol';
import { HostedWllamaEngine, UNLOAD_WAIT_MS } from './hosted-wllama-engine';

const model = TEST_CPU_MODEL;
const request = TEST_RAW_REQUEST;

const done: GenerateEvent = {
  type: 'done',
  usage: { promptTokens: 1, completionTokens: 2 },
  stopReason: 'finished',
};

/** Stands in for the worker that hosts wllama: records requests, answers as the test says. */
class FakeHost extends EventTarget {
  readonly requests: HostRequest[] = [];
  onmessage: ((event: MessageEvent<HostMessage>) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (request: HostRequest, host: FakeHost) => void) {
    super();
  }
  postMessage(request: HostRequest) {
    this.requests.push(request);
    queueMicrotask(() => this.answer(request, this));
  }
  send(message: HostMessage) {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
  crash(message: string) {
    // Node has no ErrorEvent: an Event with the message the worker's error event carries.
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
  terminate() {
    this.terminated = true;
  }
}

function engineWith(answer: (request: HostRequest, host: FakeHost) => void) {
  const hosts: FakeHost[] = [];
  const engine = new HostedWllamaEngine(() => {
    const host = new FakeHost(answer);
    hosts.push(host);
    return host as unknown as Worker;
  });
  return { engine, hosts };
}

/** Answers a load with one progress report and the loaded model. */
function loads(request: HostRequest, host: FakeHost) {
  if (request.type !== 'load') return;
  host.send({
    type: 'progress',
    progress: { phase: 'loading-from-cache', fraction: null, bytesDone: null, bytesTotal: 10 },
  });
  host.send({ type: 'loaded', loaded: { contextTokens: request.contextTokens, runsOn: 'cpu' } });
}

async function collect(stream: AsyncIterable<GenerateEvent>) {
  const events: GenerateEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('the CPU engine hosted in a worker', () => {
  it('relays the load’s progress and the stream’s events, in order, until done', async () => {
    const { engine } = engineWith((req, host) => {
      loads(req, host);
      if (req.type !== 'generate') return;
      host.send({ type: 'events', id: req.id, events: [{ type: 'delta', text: 'Hel' }] });
      host.send({ type: 'events', id: req.id, events: [{ type: 'delta', text: 'lo' }, done] });
    });
    const progress: unknown[] = [];
    const loaded = await engine.load(
      model,
      (p) => progress.push(p),
      new AbortController().signal,
      2048,
    );
    expect(loaded).toEqual({ contextTokens: 2048, runsOn: 'cpu' });
    expect(progress).toHaveLength(1);
    expect(await collect(engine.generate(request, new AbortController().signal))).toEqual([
      { type: 'delta', text: 'Hel' },
      { type: 'delta', text: 'lo' },
      done,
    ]);
  });

  it('passes Stop on to the worker, which ends the stream', async () => {
    const stop = new AbortController();
    const { engine, hosts } = engineWith((req, host) => {
      loads(req, host);
      if (req.type === 'generate') {
        host.send({ type: 'events', id: req.id, events: [{ type: 'delta', text: 'a' }] });
        stop.abort();
      }
      if (req.type === 'stop') {
        host.send({ type: 'events', id: req.id, events: [{ ...done, stopReason: 'interrupted' }] });
      }
    });
    await engine.load(model, () => undefined, new AbortController().signal, 2048);
    const events = await collect(engine.generate(request, stop.signal));
    expect(events.at(-1)).toMatchObject({ type: 'done', stopReason: 'interrupted' });
    expect(hosts[0]?.requests.map((r) => r.type)).toEqual(['load', 'generate', 'stop']);
  });

  it('reports a failed load with the worker’s error code', async () => {
    const { engine } = engineWith((req, host) => {
      if (req.type === 'load') {
        host.send({
          type: 'load-failed',
          error: { code: 'not-gguf', detail: 'no magic', httpStatus: null },
        });
      }
    });
    const loading = engine.load(model, () => undefined, new AbortController().signal, 2048);
    await expect(loading).rejects.toMatchObject({ code: 'not-gguf', detail: 'no magic' });
  });

  it('treats a crash of the worker mid-stream as a fault: the stream fails, the worker goes', async () => {
    const faults: EngineError[] = [];
    const { engine, hosts } = engineWith((req, host) => {
      loads(req, host);
      if (req.type === 'generate') {
        host.send({ type: 'events', id: req.id, events: [{ type: 'delta', text: 'partial' }] });
        host.crash('injected');
      }
    });
    engine.onFault((error) => faults.push(error));
    await engine.load(model, () => undefined, new AbortController().signal, 2048);
    const events: GenerateEvent[] = [];
    const streaming = (async () => {
      for await (const event of engine.generate(request, new AbortController().signal)) {
        events.push(event);
      }
    })();
    await expect(streaming).rejects.toMatchObject({ code: 'engine-crashed' });
    expect(events).toEqual([{ type: 'delta', text: 'partial' }]);
    expect(faults.map((f) => f.code)).toEqual(['engine-crashed']);
    expect(hosts[0]?.terminated).toBe(true);
    // Nothing is left to wait for.
    await engine.unload();
  });

  it('unloads by ending the worker, also when the worker never answers the unload', async () => {
    const { engine, hosts } = engineWith(loads);
    await engine.load(model, () => undefined, new AbortController().signal, 2048);
    vi.useFakeTimers();
    try {
      const unloading = engine.unload();
      await vi.advanceTimersByTimeAsync(UNLOAD_WAIT_MS - 1);
      expect(hosts[0]?.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await unloading;
    } finally {
      vi.useRealTimers();
    }
    expect(hosts[0]?.requests.at(-1)).toEqual({ type: 'unload' });
    expect(hosts[0]?.terminated).toBe(true);
  });
});
