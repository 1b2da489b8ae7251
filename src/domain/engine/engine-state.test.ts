import { describe, expect, it } from 'vitest';
import {
  MAX_CONSECUTIVE_FAULTS,
  engineUsable,
  transition,
  type EngineEvent,
  type EngineState,
} from './engine-state';

const model = { modelId: 'm', engine: 'webgpu' as const, contextTokens: 4096 };
const onGpu = { runsOn: 'gpu' as const, gpuFallback: null };
const progress = { phase: 'downloading' as const, fraction: 0.5, bytesDone: 1, bytesTotal: 2 };

const everyState: EngineState[] = [
  { status: 'idle' },
  { status: 'loading', ...model, progress: null },
  { status: 'ready', ...model, ...onGpu, faults: 0 },
  { status: 'generating', ...model, ...onGpu, faults: 1 },
  { status: 'recovering', ...model, faults: 1, cause: 'device-lost', progress: null },
  {
    status: 'failed',
    ...model,
    code: 'engine-crashed',
    detail: 'x',
    httpStatus: null,
    offerCpu: false,
  },
  { status: 'locked', modelId: 'm' },
];

const everyEvent: EngineEvent[] = [
  { type: 'load-start', ...model },
  { type: 'progress', progress },
  { type: 'load-done', contextTokens: 4096 },
  { type: 'load-failed', code: 'download-failed', detail: 'HTTP 404' },
  { type: 'cancel' },
  { type: 'generate-start' },
  { type: 'generate-end', clean: true },
  { type: 'fault', code: 'device-lost', detail: 'lost' },
  { type: 'locked', modelId: 'm' },
  { type: 'release' },
];

function run(state: EngineState, ...events: EngineEvent[]): EngineState {
  return events.reduce(transition, state);
}

describe('engine state machine', () => {
  it('no state is stuck: release leads from every state to idle, and idle to ready', () => {
    for (const state of everyState) {
      const idle = transition(state, { type: 'release' });
      expect(idle).toEqual({ status: 'idle' });
      expect(
        run(idle, { type: 'load-start', ...model }, { type: 'load-done', contextTokens: 4096 }),
      ).toMatchObject({
        status: 'ready',
      });
    }
  });

  it('ready says where the model runs: the engine’s own backend unless the load says otherwise', () => {
    const loading = { status: 'loading' as const, progress: null };
    const gguf = { modelId: 'g', engine: 'cpu' as const };
    const done = { type: 'load-done', contextTokens: 4096 } as const;
    expect(transition({ ...loading, ...model }, done)).toMatchObject({
      runsOn: 'gpu',
      gpuFallback: null,
    });
    expect(transition({ ...loading, ...gguf }, done)).toMatchObject({ runsOn: 'cpu' });
    expect(transition({ ...loading, ...gguf }, { ...done, runsOn: 'gpu' })).toMatchObject({
      runsOn: 'gpu',
    });
    const fellBack = { ...done, runsOn: 'cpu', gpuFallback: 'Device lost' } as const;
    expect(transition({ ...loading, ...gguf }, fellBack)).toMatchObject({
      status: 'ready',
      runsOn: 'cpu',
      gpuFallback: 'Device lost',
    });
  });

  it('every state but idle moves on by some event other than release', () => {
    for (const state of everyState.filter((s) => s.status !== 'idle')) {
      const moves = everyEvent
        .filter((e) => e.type !== 'release')
        .map((e) => transition(state, e).status)
        .filter((status) => status !== state.status);
      expect(moves.length, state.status).toBeGreaterThan(0);
    }
  });

  it('a generation cannot be replaced by a load or a lock while it runs', () => {
    const generating = everyState[3];
    if (!generating) throw new Error('fixture');
    expect(transition(generating, { type: 'load-start', ...model })).toBe(generating);
    expect(transition(generating, { type: 'locked', modelId: 'm' })).toBe(generating);
  });

  it('a fault while answering recovers by reloading, and a clean answer resets the count', () => {
    const ready = run(
      { status: 'idle' },
      { type: 'load-start', ...model },
      { type: 'load-done', contextTokens: 4096 },
    );
    const recovering = run(
      ready,
      { type: 'generate-start' },
      { type: 'fault', code: 'device-lost', detail: 'lost' },
    );
    expect(recovering).toMatchObject({ status: 'recovering', cause: 'device-lost', faults: 1 });
    const recovered = run(
      recovering,
      { type: 'progress', progress },
      { type: 'load-done', contextTokens: 4096 },
    );
    expect(recovered).toMatchObject({ status: 'ready', faults: 1 });
    const clean = run(recovered, { type: 'generate-start' }, { type: 'generate-end', clean: true });
    expect(clean).toMatchObject({ status: 'ready', faults: 0 });
    expect(engineUsable(clean)).toBe(true);
  });

  it(`WebGPU failing ${MAX_CONSECUTIVE_FAULTS} times in a row offers the CPU instead of retrying`, () => {
    const fault: EngineEvent = { type: 'fault', code: 'device-lost', detail: 'lost' };
    const state = run(
      { status: 'ready', ...model, ...onGpu, faults: 0 },
      { type: 'generate-start' },
      fault,
      { type: 'load-done', contextTokens: 4096 },
      { type: 'generate-start' },
      fault,
    );
    expect(state).toMatchObject({ status: 'failed', code: 'device-lost', offerCpu: true });
    expect(engineUsable(state)).toBe(false);
  });

  it('a CPU engine that keeps crashing fails without offering the CPU', () => {
    const cpu = { modelId: 'c', engine: 'cpu' as const, contextTokens: 4096 };
    const fault: EngineEvent = { type: 'fault', code: 'engine-crashed', detail: 'unreachable' };
    const state = run(
      { status: 'ready', ...cpu, runsOn: 'cpu', gpuFallback: null, faults: 0 },
      fault,
      { type: 'load-done', contextTokens: 4096 },
      { type: 'generate-start' },
      { type: 'generate-end', clean: false },
      fault,
    );
    expect(state).toMatchObject({ status: 'failed', offerCpu: false });
  });

  it('a recovery that cannot reload fails; a WebGPU one offers the CPU', () => {
    const recovering: EngineState = {
      status: 'recovering',
      ...model,
      faults: 1,
      cause: 'device-lost',
      progress: null,
    };
    expect(
      transition(recovering, { type: 'load-failed', code: 'device-lost', detail: 'again' }),
    ).toMatchObject({ status: 'failed', offerCpu: true });
    expect(transition(recovering, { type: 'cancel' })).toEqual({ status: 'idle' });
  });

  it('a first load that fails does not offer the CPU yet', () => {
    const state = run(
      { status: 'idle' },
      { type: 'load-start', ...model },
      { type: 'load-failed', code: 'download-failed', detail: 'HTTP 404' },
    );
    expect(state).toMatchObject({ status: 'failed', code: 'download-failed', offerCpu: false });
  });

  it('events that make no sense leave the state as it is', () => {
    const idle: EngineState = { status: 'idle' };
    for (const type of ['load-done', 'cancel', 'generate-start', 'fault'] as const) {
      const event = (everyEvent.find((e) => e.type === type) ?? { type: 'release' }) as EngineEvent;
      expect(transition(idle, event)).toBe(idle);
    }
  });
});
