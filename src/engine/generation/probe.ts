import type { GenerateRequest, GenerationTimings } from '@/domain/engine-types';
import { firstSentenceEnd, type TrialAnswer } from '@/domain/thinking-policy/trial-answer';
import type { ChatEngine } from '@/engine/types';

export interface ProbeOutcome {
  trial: TrialAnswer;
  /** Tokens the probe generated (log-probabilities reported, or deltas where none were). */
  tokens: number;
  ms: number;
  timings?: GenerationTimings;
  /** The user stopped the answer while the probe ran: its result means nothing. */
  interrupted: boolean;
}

/**
 * Runs one invisible trial answer (`probeRequest`) and reads it up to its first sentence end,
 * cutting the stream there so no token is spent beyond it. Never shown, never saved.
 */
export async function runProbe(
  engine: ChatEngine,
  request: GenerateRequest,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): Promise<ProbeOutcome> {
  const started = now();
  const cut = new AbortController();
  const forwardStop = () => cut.abort();
  signal.addEventListener('abort', forwardStop, { once: true });
  let text = '';
  const logprobs: number[] = [];
  let deltas = 0;
  let ended = false;
  let timings: GenerationTimings | undefined;
  try {
    // After a Stop the engine is not asked at all (an aborted signal fires no 'abort' event).
    const events = signal.aborted ? [] : engine.generate(request, cut.signal);
    for await (const event of events) {
      if (event.type === 'done') {
        // The model's end of answer or the line-end stop string ends it; the token cap does not.
        if (!ended) ended = event.stopReason === 'finished';
        timings = event.timings;
        continue;
      }
      if (ended) continue;
      deltas += 1;
      text += event.text;
      logprobs.push(...(event.logprobs ?? []));
      const end = firstSentenceEnd(text);
      if (end !== null) {
        text = text.slice(0, end);
        ended = true;
        cut.abort();
      }
    }
  } finally {
    signal.removeEventListener('abort', forwardStop);
  }
  return {
    trial: { text: text.trim(), logprobs, ended },
    tokens: Math.max(logprobs.length, deltas),
    ms: now() - started,
    ...(timings ? { timings } : {}),
    interrupted: signal.aborted,
  };
}
