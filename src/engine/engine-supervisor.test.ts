import { describe, expect, it } from 'vitest';
import { EngineError } from '@/domain/engine-error';
import type { GenerateEvent } from '@/domain/engine-types';
import { TEST_CPU_MODEL, TEST_RAW_REQUEST } from '@/engine/test-specs';
import { createEngineSupervisor } from './engine-supervisor';
import type { ChatEngine } from './types';

const model = TEST_CPU_MODEL;
const request = TEST_RAW_REQUEST;

/** An engine whose stream sends one delta and then waits forever (until it faults). */
class HangingEngine implements ChatEngine {
  readonly kind = 'cpu' as const;
  loads = 0;
  fault: (error: EngineError) => void = () => undefined;
  load(_model: unknown, _onProgress: unknown, _signal: unknown, contextTokens: number) {
    this.loads += 1;
    return Promise.resolve({ contextTokens });
  }
  countTokens(texts: string[]) {
    return Promise.resolve(texts.map((text) => text.length));
  }
  async *generate(): AsyncIterable<GenerateEvent> {
    yield { type: 'delta', text: 'partial' };
    await new Promise(() => undefined);
  }
  unload() {
    return Promise.resolve();
  }
  onFault(listener: (error: EngineError) => void) {
    this.fault = listener;
  }
}

/** An engine whose stream sends a delta every 10 ms, 12 in all: longer than a 40 ms stall watch. */
class SteadyEngine extends HangingEngine {
  override async *generate(): AsyncIterable<GenerateEvent> {
    for (let i = 0; i < 12; i += 1) {
      await new Promise((next) => setTimeout(next, 10));
      yield { type: 'delta', text: `${i}` };
    }
  }
}

async function drain(engine: ChatEngine, signal: AbortSignal) {
  const texts: string[] = [];
  try {
    for await (const event of engine.generate(request, signal)) {
      if (event.type === 'delta') texts.push(event.text);
    }
  } catch (err) {
    return { texts, error: err as EngineError };
  }
  return { texts, error: null };
}

/** Loads the model and starts an answer; resolves once its first delta has arrived. */
async function startAnswer(supervisor: ReturnType<typeof createEngineSupervisor>) {
  await supervisor.load(model, 4096);
  const live = supervisor.currentEngine();
  if (!live) throw new Error('not ready');
  const running = drain(live, supervisor.beginGeneration());
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { running };
}

describe('engine supervisor', () => {
  it('a fault mid-answer ends the stream with the fault and reloads the model on a new engine', async () => {
    const engines: HangingEngine[] = [];
    const supervisor = createEngineSupervisor({
      create: () => {
        const engine = new HangingEngine();
        engines.push(engine);
        return Promise.resolve(engine);
      },
    });
    const states: string[] = [];
    supervisor.subscribe((state) => states.push(state.status));
    const { running } = await startAnswer(supervisor);
    engines[0]?.fault(new EngineError('engine-crashed', 'worker died'));
    const { texts, error } = await running;
    expect(texts).toEqual(['partial']);
    expect(error?.code).toBe('engine-crashed');
    supervisor.endGeneration(false);
    await expect.poll(() => supervisor.state().status).toBe('ready');
    expect(engines).toHaveLength(2);
    expect(engines[1]?.loads).toBe(1);
    expect(states).toEqual(['loading', 'ready', 'generating', 'recovering', 'ready']);
  });

  it('a stream that stops sending events is ended as a hung engine', async () => {
    const supervisor = createEngineSupervisor({
      create: () => Promise.resolve(new HangingEngine()),
      stallMs: 20,
    });
    await supervisor.load(model, 4096);
    const live = supervisor.currentEngine();
    if (!live) throw new Error('not ready');
    const { error } = await drain(live, supervisor.beginGeneration());
    expect(error?.detail).toBe('The engine stopped responding');
    expect(supervisor.state().status).not.toBe('generating');
  });

  it('a stream that keeps sending events is never taken for a hung one', async () => {
    const supervisor = createEngineSupervisor({
      create: () => Promise.resolve(new SteadyEngine()),
      stallMs: 40,
    });
    await supervisor.load(model, 4096);
    const live = supervisor.currentEngine();
    if (!live) throw new Error('not ready');
    const { texts, error } = await drain(live, supervisor.beginGeneration());
    expect(error).toBeNull();
    expect(texts).toHaveLength(12);
  });

  it('a stream that ignores Stop is ended as a hung engine and the model reloads', async () => {
    let created = 0;
    const supervisor = createEngineSupervisor({
      create: () => {
        created += 1;
        return Promise.resolve(new HangingEngine());
      },
      stopGraceMs: 20,
    });
    const { running } = await startAnswer(supervisor);
    supervisor.stopGeneration();
    const { texts, error } = await running;
    expect(texts).toEqual(['partial']);
    expect(error?.detail).toBe('The engine did not stop when asked');
    supervisor.endGeneration(false);
    await expect.poll(() => supervisor.state().status).toBe('ready');
    expect(created).toBe(2);
  });

  it('only the user cancelling a load counts as cancelled', async () => {
    const failing: ChatEngine = {
      kind: 'cpu',
      load: () => Promise.reject(new Error('The user aborted a request.')),
      countTokens: () => Promise.resolve([]),
      generate: () => (async function* () {})(),
      unload: () => Promise.resolve(),
    };
    const supervisor = createEngineSupervisor({ create: () => Promise.resolve(failing) });
    await expect(supervisor.load(model, 4096)).rejects.toThrow();
    expect(supervisor.state()).toMatchObject({ status: 'failed', code: 'engine-crashed' });
  });
});
