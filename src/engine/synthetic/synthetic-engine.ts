import type {
  EngineKind,
  GenerateEvent,
  GenerateRequest,
  LoadProgress,
  ModelSpec,
} from '@/domain/engine-types';
import { DEFAULT_BENCH_STREAM_CONFIG, SYNTHETIC_GGUF_URL } from './bench-protocol';
import type { BenchStreamConfig } from './bench-protocol';
import { SYNTHETIC_THINKING, syntheticAnswer, toTokens } from './synthetic-answer';
import { EngineError } from '@/domain/engine-error';
import type { ChatEngine, LoadedModel } from '@/engine/types';

export function isSyntheticModel(model: ModelSpec): boolean {
  return model.engine === 'cpu' && model.ggufUrl === SYNTHETIC_GGUF_URL;
}

/** Resolves in a new task: a MessageChannel message, which (unlike setTimeout) is never clamped. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until rendering and effects for what was streamed so far have run. */
async function settle(ms: number): Promise<void> {
  await delay(ms);
  await nextFrame();
  await nextFrame();
  await nextTask();
}

function estimateTokens(request: GenerateRequest, charsPerToken: number): number {
  const chars =
    request.kind === 'raw'
      ? request.prompt.length
      : request.messages.reduce((sum, m) => sum + m.content.length, 0);
  return Math.ceil(chars / charsPerToken);
}

/**
 * A stand-in model for the stream benchmark: loads at once and streams a long deterministic
 * markdown answer as fast as the page takes it, one delta per task like a worker's messages.
 * It ignores `maxTokens` on purpose: the bench needs answers longer than the app's cap.
 */
export class SyntheticEngine implements ChatEngine {
  readonly kind: EngineKind;

  constructor(kind: EngineKind) {
    this.kind = kind;
  }

  async load(
    _model: ModelSpec,
    onProgress: (progress: LoadProgress) => void,
    signal: AbortSignal,
    contextTokens: number,
  ): Promise<LoadedModel> {
    if (signal.aborted) throw new EngineError('cancelled', 'Loading was cancelled.');
    onProgress({ phase: 'initializing', fraction: 1, bytesDone: null, bytesTotal: null });
    return { contextTokens };
  }

  /** Roughly four characters a token, as in English: the bench only needs plausible numbers. */
  async countTokens(texts: string[]): Promise<number[]> {
    return texts.map((text) => Math.ceil(text.length / 4));
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent> {
    const config: BenchStreamConfig = {
      ...DEFAULT_BENCH_STREAM_CONFIG,
      ...window.__benchStreamConfig,
    };
    const { charsPerToken, tokensPerTask, checkpoints, settleMs } = config;
    const answer = toTokens(syntheticAnswer(config.answerTokens * charsPerToken), charsPerToken);
    answer.length = Math.min(answer.length, config.answerTokens);
    const thinking =
      request.kind === 'chat' && request.thinking
        ? toTokens(`<think>\n${SYNTHETIC_THINKING}\n</think>\n\n`, charsPerToken)
        : [];
    const usage = (completionTokens: number) => ({
      promptTokens: estimateTokens(request, charsPerToken),
      completionTokens,
    });
    const progress = { tokens: 0, done: false };
    window.__benchProgress = progress;

    let emitted = 0;
    let resumedAt = performance.now();
    for (const [index, text] of [...thinking, ...answer].entries()) {
      if (signal.aborted) {
        progress.done = true;
        yield { type: 'done', usage: usage(emitted), stopReason: 'interrupted' };
        return;
      }
      yield { type: 'delta', text };
      emitted += 1;
      const answerTokens = index + 1 - thinking.length;
      progress.tokens = Math.max(answerTokens, 0);
      if (answerTokens > 0 && checkpoints.includes(answerTokens) && window.__benchCheckpoint) {
        const streamedMs = performance.now() - resumedAt;
        await settle(settleMs);
        await window.__benchCheckpoint({ tokens: answerTokens, at: performance.now(), streamedMs });
        resumedAt = performance.now();
      } else if (emitted % tokensPerTask === 0) {
        await nextTask();
      }
    }
    progress.done = true;
    yield { type: 'done', usage: usage(emitted), stopReason: 'finished' };
  }

  async unload(): Promise<void> {}
}
