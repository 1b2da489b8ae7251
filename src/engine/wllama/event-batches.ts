import type { GenerateEvent } from '@/domain/engine-types';

/**
 * How far apart the worker that hosts wllama sends a stream's tokens to the page (ms). llama.cpp
 * on the CPU of a fast fixture gives 150 tokens a second; a message each woke the page's main
 * thread as often, a thread that competes with llama.cpp's own on a two-core laptop. The page
 * shows a CPU stream at most every 100 ms (`stream-render-pace.ts`), so nothing shows later;
 * a real model on a CPU gives a token every 200 ms or more, so each still goes alone and at once.
 */
export const EVENT_BATCH_MS = 40;

export interface EventBatches {
  add(event: GenerateEvent): void;
  /** Sends what was gathered now (before the stream's failure is reported). */
  flush(): void;
}

/**
 * Gathers a stream's events into batches for `send`: an event goes at once when the last batch
 * went `intervalMs` ago or more, else with the ones after it when that time is up; the stream's
 * end goes at once, with what was gathered before it. Order is kept.
 */
export function eventBatches(
  send: (events: GenerateEvent[]) => void,
  intervalMs = EVENT_BATCH_MS,
  now: () => number = Date.now,
): EventBatches {
  let pending: GenerateEvent[] = [];
  let lastSent = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const events = pending;
    pending = [];
    lastSent = now();
    send(events);
  }

  return {
    add(event) {
      pending.push(event);
      const wait = lastSent + intervalMs - now();
      if (event.type === 'done' || wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    flush,
  };
}
