import type { EngineErrorCode } from '@/domain/engine-error';
import type { EngineKind, LoadProgress } from '@/domain/engine-types';
import type { RunBackend } from '@/domain/models/gguf-backend';

/** Faults in a row (without a clean answer between them) after which the app stops retrying. */
export const MAX_CONSECUTIVE_FAULTS = 2;

interface Holding {
  modelId: string;
  engine: EngineKind;
}

interface Running {
  faults: number;
  contextTokens: number;
  /** Where the model runs: web-llm always on the GPU, wllama on either. */
  runsOn: RunBackend;
  /** Why the GPU was asked for but the model runs on the CPU; null when it was not. */
  gpuFallback: string | null;
}

/**
 * Every engine state the user can see. `faults` counts engine faults since the last answer that
 * finished cleanly: a model that keeps crashing ends in `failed`, never in a reload loop.
 */
export type EngineState =
  | { status: 'idle' }
  | ({ status: 'loading'; progress: LoadProgress | null } & Holding)
  /** `contextTokens`: the context window the model runs with (see ChatEngine.load). */
  | ({ status: 'ready' } & Running & Holding)
  | ({ status: 'generating' } & Running & Holding)
  /** The engine failed; a new one is reloading the same model from the browser cache. */
  | ({
      status: 'recovering';
      faults: number;
      contextTokens: number;
      cause: EngineErrorCode;
      progress: LoadProgress | null;
    } & Holding)
  /** `offerCpu`: WebGPU failed repeatedly; the CPU engine is the way out. */
  | ({
      status: 'failed';
      code: EngineErrorCode;
      detail: string;
      /** The HTTP status the model host answered with, where there was one. */
      httpStatus: number | null;
      offerCpu: boolean;
    } & Holding)
  /** Another tab holds a model; this one may take over. */
  | { status: 'locked'; modelId: string };

export type EngineEvent =
  | ({ type: 'load-start' } & Holding)
  | { type: 'progress'; progress: LoadProgress }
  | {
      type: 'load-done';
      contextTokens: number;
      /** Defaults to the engine's own backend (web-llm: GPU, wllama: CPU). */
      runsOn?: RunBackend;
      gpuFallback?: string | null;
    }
  | { type: 'load-failed'; code: EngineErrorCode; detail: string; httpStatus?: number | null }
  /** The user cancelled a load (or a recovery). */
  | { type: 'cancel' }
  | { type: 'generate-start' }
  /** `clean`: the answer finished without an engine fault. */
  | { type: 'generate-end'; clean: boolean }
  /** The engine died (device lost, worker crashed or unresponsive). */
  | { type: 'fault'; code: EngineErrorCode; detail: string }
  | { type: 'locked'; modelId: string }
  /** The model was let go (engine switch, another tab took over, cache deleted). */
  | { type: 'release' };

/** Whether the chat can use the engine (it may be busy answering). */
export function engineUsable(state: EngineState): boolean {
  return state.status === 'ready' || state.status === 'generating';
}

/** The model the state is about, if any. */
export function stateModelId(state: EngineState): string | null {
  return state.status === 'idle' ? null : state.modelId;
}

function afterFault(
  state: Extract<EngineState, { status: 'ready' | 'generating' }>,
  code: EngineErrorCode,
  detail: string,
): EngineState {
  const faults = state.faults + 1;
  const { modelId, engine, contextTokens } = state;
  if (faults >= MAX_CONSECUTIVE_FAULTS) {
    const offerCpu = engine === 'webgpu';
    return { status: 'failed', modelId, engine, code, detail, httpStatus: null, offerCpu };
  }
  return {
    status: 'recovering',
    modelId,
    engine,
    faults,
    contextTokens,
    cause: code,
    progress: null,
  };
}

/**
 * The engine's life as one pure transition function. An event that makes no sense in a state
 * leaves it unchanged; `release` leads out of every state.
 */
export function transition(state: EngineState, event: EngineEvent): EngineState {
  switch (event.type) {
    case 'release':
      return { status: 'idle' };
    case 'locked':
      return state.status === 'generating' ? state : { status: 'locked', modelId: event.modelId };
    case 'load-start':
      if (state.status === 'generating') return state;
      return { status: 'loading', modelId: event.modelId, engine: event.engine, progress: null };
    case 'progress':
      if (state.status === 'loading' || state.status === 'recovering') {
        return { ...state, progress: event.progress };
      }
      return state;
    case 'load-done':
      if (state.status === 'loading' || state.status === 'recovering') {
        const { modelId, engine } = state;
        return {
          status: 'ready',
          modelId,
          engine,
          faults: state.status === 'recovering' ? state.faults : 0,
          contextTokens: event.contextTokens,
          runsOn: event.runsOn ?? (engine === 'webgpu' ? 'gpu' : 'cpu'),
          gpuFallback: event.gpuFallback ?? null,
        };
      }
      return state;
    case 'load-failed':
      if (state.status === 'loading' || state.status === 'recovering') {
        const { modelId, engine } = state;
        const repeated = state.status === 'recovering';
        return {
          status: 'failed',
          modelId,
          engine,
          code: event.code,
          detail: event.detail,
          httpStatus: event.httpStatus ?? null,
          offerCpu: repeated && engine === 'webgpu',
        };
      }
      return state;
    case 'cancel':
      return state.status === 'loading' || state.status === 'recovering'
        ? { status: 'idle' }
        : state;
    case 'generate-start':
      return state.status === 'ready' ? { ...state, status: 'generating' } : state;
    case 'generate-end':
      if (state.status !== 'generating') return state;
      return { ...state, status: 'ready', faults: event.clean ? 0 : state.faults };
    case 'fault':
      if (state.status === 'ready' || state.status === 'generating') {
        return afterFault(state, event.code, event.detail);
      }
      if (state.status === 'loading' || state.status === 'recovering') {
        return transition(state, { ...event, type: 'load-failed' });
      }
      return state;
  }
}
