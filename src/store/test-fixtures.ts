// Helpers for this module's tests only: the real store on fake-indexeddb with a scripted engine.
import { activePath } from '@/domain/chat/versions';
import 'fake-indexeddb/auto';
import type { AssistantMessage, ChatMessage } from '@/domain/chat/chat-types';
import type {
  EngineKind,
  GenerateEvent,
  GenerateRequest,
  GenerationTimings,
  GenerationUsage,
  ModelSpec,
} from '@/domain/engine-types';
import { CPU_DEFAULT_MODEL } from '@/domain/models/catalog';
import { EngineError } from '@/domain/engine-error';
import { decideMode } from '@/domain/chat/mode-decision';
import { createEngineSupervisor } from '@/engine/engine-supervisor';
import type { ChatEngine, LoadedModel } from '@/engine/types';
import { newId } from '@/lib/new-id';
import { createStorage } from '@/storage';
import { createAppStore, SETTINGS_KEY } from './create-app-store';
import { createModelLock } from './model-lock';
import { createTokenCounter } from './token-counter';

const USAGE: GenerationUsage = { promptTokens: 20, completionTokens: 5 };

/**
 * A stream the test holds open: the engine streams what it is given and then waits, until the
 * app stops it or the test finishes it.
 */
export class HeldStream {
  private readonly queue: string[] = [];
  private ended = false;
  private idle = false;
  private wake: (() => void) | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(chunks: string[]) {
    this.queue.push(...chunks);
  }

  /** Resolves once the app has taken every chunk so far and the engine waits for more. */
  waiting(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Streams more chunks; resolves once the app has taken them. */
  push(...chunks: string[]): Promise<void> {
    this.queue.push(...chunks);
    this.idle = false;
    this.wake?.();
    return this.waiting();
  }

  /** Streams the last chunks, then ends the answer as finished. */
  finish(...chunks: string[]) {
    this.queue.push(...chunks);
    this.ended = true;
    this.idle = false;
    this.wake?.();
  }

  async *stream(signal: AbortSignal): AsyncGenerator<GenerateEvent> {
    const stopped = new Promise<'stopped'>((resolve) =>
      signal.addEventListener('abort', () => resolve('stopped'), { once: true }),
    );
    for (;;) {
      for (let text = this.queue.shift(); text !== undefined; text = this.queue.shift()) {
        yield { type: 'delta', text };
      }
      if (this.ended) break;
      const more = new Promise<'more'>((resolve) => (this.wake = () => resolve('more')));
      this.idle = true;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      if ((await Promise.race([more, stopped])) === 'stopped') {
        yield {
          type: 'done',
          usage: { ...USAGE, completionTokens: null },
          stopReason: 'interrupted',
        };
        return;
      }
    }
    yield { type: 'done', usage: USAGE, stopReason: 'finished' };
  }
}

/** A scripted answer whose deltas carry log-probabilities (probes, drafts). */
class ScoredScript {
  constructor(readonly deltas: { text: string; logprobs: number[] }[]) {}
}

/**
 * An in-memory engine that answers each request with the next queued script (raw text, thinking
 * tags included, as the real engines stream it) and records every request it was sent.
 */
export class ScriptedEngine implements ChatEngine {
  readonly kind: EngineKind = 'cpu';
  readonly requests: GenerateRequest[] = [];
  /** The signal of each request, in order: aborted once the app stopped that stream. */
  readonly signals: AbortSignal[] = [];
  loaded = false;
  private readonly scripts: (string[] | HeldStream | EngineError | ScoredScript)[] = [];
  /** What a finished request reports: its usage and, where set, the engine's own speeds. */
  usage: GenerationUsage = USAGE;
  timings: GenerationTimings | undefined;
  /** Scripts (by object) that end at the context limit instead of finishing. */
  private readonly cutOffScripts = new Set<string[]>();

  /** Queues one answer streamed in these chunks. */
  answer(...chunks: string[]) {
    this.scripts.push(chunks);
  }

  /** Queues one answer whose every token (chunk) has log-probability `logprob`. */
  scored(logprob: number, ...chunks: string[]) {
    this.scripts.push(new ScoredScript(chunks.map((text) => ({ text, logprobs: [logprob] }))));
  }

  /** Queues one request that fails with `error`. */
  failWith(error: EngineError) {
    this.scripts.push(error);
  }

  /** Queues one answer that streams `chunks` and then stops at the context limit. */
  cutOff(...chunks: string[]) {
    this.scripts.push(chunks);
    this.cutOffScripts.add(chunks);
  }

  /** Queues one answer that streams `chunks` and then waits for the app's Stop or more. */
  hold(...chunks: string[]): HeldStream {
    const held = new HeldStream(chunks);
    this.scripts.push(held);
    return held;
  }

  async load(
    _model: ModelSpec,
    _onProgress: unknown,
    _signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    this.loaded = true;
    return { contextTokens };
  }

  /** One token per word: enough to exercise the context accounting with readable numbers. */
  async countTokens(texts: string[]): Promise<number[]> {
    return texts.map((text) => text.split(/\s+/).filter(Boolean).length);
  }

  async unload(): Promise<void> {
    this.loaded = false;
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent> {
    this.requests.push(request);
    this.signals.push(signal);
    const script = this.scripts.shift();
    if (!script) throw new Error(`No answer scripted for request ${this.requests.length}`);
    if (script instanceof EngineError) throw script;
    if (script instanceof HeldStream) {
      yield* script.stream(signal);
      return;
    }
    if (script instanceof ScoredScript) {
      for (const delta of script.deltas) {
        await Promise.resolve();
        if (signal.aborted) break;
        yield { type: 'delta', ...delta };
      }
      yield { type: 'done', usage: USAGE, stopReason: 'finished' };
      return;
    }
    for (const text of script) {
      await Promise.resolve();
      yield { type: 'delta', text };
    }
    const stopReason = this.cutOffScripts.has(script) ? 'length' : 'finished';
    yield {
      type: 'done',
      usage: this.usage,
      stopReason,
      ...(this.timings && { timings: this.timings }),
    };
  }
}

/**
 * A fresh app for one test: a new store on its own engine supervisor (handing out `engine`), its
 * own database and tab lock; nothing carries over from the previous test. Call `ready()` to load
 * the model.
 */
export function startApp(engine: ScriptedEngine) {
  const supervisor = createEngineSupervisor({ create: () => Promise.resolve(engine) });
  const storage = createStorage({ name: `mindswitch-test-${newId()}` });
  const store = createAppStore({
    supervisor,
    storage: () => storage,
    tokenCounter: createTokenCounter((texts) => supervisor.countTokens(texts)),
    detector: () => decideMode,
    modelLock: createModelLock(),
  });

  return {
    store,
    storage,
    supervisor,
    /** Loads the default CPU model through the engine supervisor (the store mirrors it). */
    async ready(contextTokens = 4096) {
      await supervisor.load(CPU_DEFAULT_MODEL, contextTokens);
    },
    /** The branch a reload shows of the active conversation, as IndexedDB holds it. */
    async stored() {
      const id = store.getState().activeConversationId;
      if (!id) return [];
      const conversation = await storage.getConversation(id);
      return activePath(await storage.loadMessages(id), conversation?.activeLeafId);
    },
    /** Every message IndexedDB holds for the active conversation, all versions. */
    async storedAll() {
      const id = store.getState().activeConversationId;
      return id ? storage.loadMessages(id) : [];
    },
    /** Writes what is pending, then closes the database (each test has its own). */
    async dispose() {
      await store.getState().flushSaves();
      // Settings are saved on every change without waiting; a read of them queues behind those.
      await storage.loadSettings(SETTINGS_KEY);
      storage.close();
    },
  };
}

export type TestApp = ReturnType<typeof startApp>;

export function chatMessages(request: GenerateRequest | undefined) {
  if (request?.kind !== 'chat') throw new Error(`expected a chat request, got ${request?.kind}`);
  return request.messages;
}

export function assistant(message: ChatMessage | undefined): AssistantMessage {
  if (message?.role !== 'assistant') throw new Error('expected an assistant message');
  return message;
}

/** Role and text of each message, as a reader sees the conversation. */
export const transcript = (messages: ChatMessage[]) =>
  messages.map((m) =>
    m.role === 'user'
      ? `user: ${m.content}`
      : `assistant(${m.mode}, ${m.status}): ${m.thinking ? `[${m.thinking}] ` : ''}${m.content}`,
  );
