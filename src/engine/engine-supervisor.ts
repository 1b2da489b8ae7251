import { EngineError, FATAL_ENGINE_CODES } from '@/domain/engine-error';
import { transition, type EngineEvent, type EngineState } from '@/domain/engine/engine-state';
import type { EngineKind, GenerateEvent, GenerateRequest, ModelSpec } from '@/domain/engine-types';
import { createEngine } from './create-engine';
import { classifyError } from './errors';
import type { ChatEngine, LoadedModel } from './types';

export interface SupervisorOptions {
  create: (kind: EngineKind) => Promise<ChatEngine>;
  /** No event from a running generation for this long means the engine hangs. */
  stallMs: number;
  /** After Stop, the engine must end its stream within this long. */
  stopGraceMs: number;
}

const DEFAULT_OPTIONS: SupervisorOptions = {
  create: createEngine,
  // Long enough for the CPU engine to read a long prompt before its first token.
  stallMs: 180_000,
  stopGraceMs: 10_000,
};

/**
 * The one owner of the engine's life: it creates the engine, loads, generates, releases, and
 * restarts it after a fault. A lost GPU device, a crashed worker or a hung stream ends the
 * running answer with a fatal EngineError, and a fresh engine reloads the same model from the
 * browser cache. Its state is the domain's engine state machine; the store mirrors it.
 */
export function createEngineSupervisor(overrides: Partial<SupervisorOptions> = {}) {
  const options = { ...DEFAULT_OPTIONS, ...overrides };
  let state: EngineState = { status: 'idle' };
  const listeners = new Set<(state: EngineState) => void>();
  let engine: ChatEngine | null = null;
  let model: ModelSpec | null = null;
  /** The context window asked for with `model` (a recovery asks for the same). */
  let contextTokens = 0;
  let loadController: AbortController | null = null;
  let generationController: AbortController | null = null;
  /** Rejects when the current engine faults; every running stream races against it. */
  let fault: { promise: Promise<never>; reject: (error: EngineError) => void } | null = null;

  const dispatch = (event: EngineEvent) => {
    const next = transition(state, event);
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const discardEngine = () => {
    const dead = engine;
    engine = null;
    fault = null;
    // A dead engine's unload never waits for its worker; a live one frees its memory.
    void dead?.unload().catch(() => undefined);
  };

  const handleFault = (source: ChatEngine, error: EngineError) => {
    if (source !== engine) return;
    fault?.reject(error);
    discardEngine();
    generationController?.abort();
    dispatch({ type: 'fault', code: error.code, detail: error.detail });
    if (state.status === 'recovering' && model) {
      void runLoad(model, contextTokens, true).catch(() => undefined);
    }
  };

  const adopt = async (kind: EngineKind): Promise<ChatEngine> => {
    if (engine?.kind === kind) return engine;
    if (engine) {
      const old = engine;
      engine = null;
      await old.unload().catch(() => undefined);
    }
    const created = await options.create(kind);
    let reject: (error: EngineError) => void = () => undefined;
    const promise = new Promise<never>((_, r) => {
      reject = r;
    });
    promise.catch(() => undefined);
    engine = created;
    fault = { promise, reject };
    created.onFault?.((error) => handleFault(created, error));
    return created;
  };

  /** Loads `target`; a recovery reloads the model the failed engine held. */
  async function runLoad(
    target: ModelSpec,
    asked: number,
    recovery: boolean,
  ): Promise<LoadedModel> {
    loadController?.abort();
    const controller = new AbortController();
    loadController = controller;
    model = target;
    contextTokens = asked;
    if (!recovery) dispatch({ type: 'load-start', modelId: target.id, engine: target.engine });
    try {
      const live = await adopt(target.engine);
      const loaded = await live.load(
        target,
        (progress) => {
          if (!controller.signal.aborted) dispatch({ type: 'progress', progress });
        },
        controller.signal,
        asked,
      );
      if (controller.signal.aborted) throw new EngineError('cancelled', 'Loading was cancelled');
      const { contextTokens: running, runsOn, gpuFallback } = loaded;
      dispatch({ type: 'load-done', contextTokens: running, runsOn, gpuFallback });
      return loaded;
    } catch (err) {
      // Only the user's Cancel (or a newer load) aborts this signal: anything else is a failure.
      if (controller.signal.aborted) {
        if (loadController === controller) dispatch({ type: 'cancel' });
        throw new EngineError('cancelled', 'Loading was cancelled');
      }
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      const error = classifyError(err, offline);
      if (FATAL_ENGINE_CODES.includes(error.code)) discardEngine();
      dispatch({
        type: 'load-failed',
        code: error.code,
        detail: error.detail,
        httpStatus: error.httpStatus,
      });
      throw error;
    } finally {
      if (loadController === controller) loadController = null;
    }
  }

  /** Races one stream of the live engine against its faults, a stall, and a Stop it ignores. */
  async function* supervised(
    live: ChatEngine,
    request: GenerateRequest,
    signal: AbortSignal,
  ): AsyncGenerator<GenerateEvent> {
    const faulted = fault?.promise;
    const iterator = live.generate(request, signal)[Symbol.asyncIterator]();
    // One stall watch per stream. Every event moves its deadline; the timer is set again only
    // when it fires early or a nearer deadline comes (not a clearTimeout and setTimeout per token).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timerAt = 0;
    let deadline = 0;
    let stallReason = '';
    let rejectStall: (error: EngineError) => void = () => undefined;
    const stalled = new Promise<never>((_, reject) => {
      rejectStall = reject;
    });
    stalled.catch(() => undefined);
    const schedule = (at: number) => {
      clearTimeout(timer);
      timerAt = at;
      timer = setTimeout(onTimer, Math.max(0, at - Date.now()));
    };
    const onTimer = () => {
      timer = undefined;
      if (deadline > Date.now()) schedule(deadline);
      else rejectStall(new EngineError('engine-crashed', stallReason));
    };
    const arm = (ms: number, why: string) => {
      deadline = Date.now() + ms;
      stallReason = why;
      if (timer === undefined || timerAt > deadline) schedule(deadline);
    };
    const onStop = () => arm(options.stopGraceMs, 'The engine did not stop when asked');
    signal.addEventListener('abort', onStop, { once: true });
    if (signal.aborted) onStop();
    try {
      for (;;) {
        if (!signal.aborted) arm(options.stallMs, 'The engine stopped responding');
        const next = await Promise.race([iterator.next(), stalled, ...(faulted ? [faulted] : [])]);
        if (next.done) return;
        yield next.value;
      }
    } catch (err) {
      const error = classifyError(err);
      if (FATAL_ENGINE_CODES.includes(error.code)) handleFault(live, error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onStop);
    }
  }

  const supervisedEngine = (live: ChatEngine): ChatEngine => ({
    kind: live.kind,
    load: (target, onProgress, signal, asked) => live.load(target, onProgress, signal, asked),
    countTokens: (texts) => live.countTokens(texts),
    unload: () => live.unload(),
    generate: (request, signal) => supervised(live, request, signal),
  });

  return {
    state: () => state,
    /** Calls `listener` with every new state; returns the unsubscribe. */
    subscribe(listener: (state: EngineState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Another tab holds a model: this tab loads none until the user takes it over. */
    markLocked(modelId: string) {
      dispatch({ type: 'locked', modelId });
    },
    /** A load refused before any engine runs (offline, not enough storage): it failed at once. */
    refuseLoad(target: ModelSpec, error: EngineError) {
      dispatch({ type: 'load-start', modelId: target.id, engine: target.engine });
      dispatch({ type: 'load-failed', code: error.code, detail: error.detail });
    },
    /**
     * Loads a model with a context window of `contextTokens`, cancelling any load still running.
     * Rejects with the engine's error (code 'cancelled' for the user's Cancel).
     */
    load: (target: ModelSpec, asked: number) => runLoad(target, asked, false),
    /** Token counts with the loaded model's tokenizer. */
    countTokens(texts: string[]): Promise<number[]> {
      if (!engine) return Promise.reject(new Error('No engine is loaded'));
      return engine.countTokens(texts);
    },
    cancelLoad() {
      loadController?.abort();
      loadController = null;
      dispatch({ type: 'cancel' });
    },
    /** The live engine, with every stream supervised; null unless a model is ready. */
    currentEngine(): ChatEngine | null {
      return engine && (state.status === 'ready' || state.status === 'generating')
        ? supervisedEngine(engine)
        : null;
    },
    beginGeneration(): AbortSignal {
      generationController?.abort();
      generationController = new AbortController();
      dispatch({ type: 'generate-start' });
      return generationController.signal;
    },
    /** `clean`: the answer ended without an engine fault. */
    endGeneration(clean: boolean) {
      generationController = null;
      dispatch({ type: 'generate-end', clean });
    },
    stopGeneration() {
      generationController?.abort();
    },
    /** Stops whatever runs and frees the model's memory; the next load starts clean. */
    async release(): Promise<void> {
      generationController?.abort();
      loadController?.abort();
      loadController = null;
      model = null;
      dispatch({ type: 'release' });
      const old = engine;
      engine = null;
      fault = null;
      await old?.unload().catch(() => undefined);
    },
  };
}

export type EngineSupervisor = ReturnType<typeof createEngineSupervisor>;

/** The app's one supervisor. */
export const engineSupervisor = createEngineSupervisor();
