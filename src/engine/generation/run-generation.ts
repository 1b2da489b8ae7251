import type { EarlyStop, ThinkingPolicyReport } from '@/domain/chat/chat-types';
import type { GenerationPlan } from '@/domain/generation/plan';
import type { ChatEngine } from '@/engine/types';
import type { GenerateRequest, GenerationTimings, GenerationUsage } from '@/domain/engine-types';
import { continuationPrompt } from '@/domain/thinking/chatml';
import { ThinkStreamParser, type ThinkSegment } from '@/domain/thinking/think-stream-parser';
import {
  budgetClosingThinking,
  budgetContinuationPrompt,
  budgetReached,
} from '@/domain/thinking/thinking-budget';
import { probeRequest, resumeThinkingRequest } from '@/domain/thinking-policy/probe-prompts';
import {
  ThinkingController,
  type ThinkingDecision,
} from '@/domain/thinking-policy/thinking-controller';
import { savedSeconds } from '@/domain/thinking-policy/time-limit';
import { runProbe } from './probe';

/** An upper bound of the closing sentence's tokens plus the tags around it. */
const BUDGET_CLOSING_TOKENS = 40;
/** How often the time limit is checked while no thinking token arrives (a slow engine). */
const TIME_LIMIT_TICK_MS = 1000;

/** A plan (domain) bound to the live engine and the callbacks that follow the stream. */
export interface GenerationRun extends GenerationPlan {
  engine: ChatEngine;
  /** The user's Stop. */
  signal: AbortSignal;
  onRequest: (request: GenerateRequest) => void;
  /** `thinkingTokens` counts streamed thinking chunks (one token each on both engines). */
  onSegments: (segments: ThinkSegment[], thinkingTokens: number) => void;
  onBudgetReached: () => void;
  /** What the thinking policy did (probes, an early stop, the time limit), whenever it changes. */
  onThinkingPolicy?: (report: ThinkingPolicyReport) => void;
  /** Log-probabilities of the streamed tokens, where the plan asked for them. */
  onLogprobs?: (logprobs: readonly number[]) => void;
  /** The policy's clock (ms). */
  now?: () => number;
}

export interface GenerationResult {
  usage: GenerationUsage;
  stopReason: 'finished' | 'length' | 'interrupted';
  /** The engine's own speeds, where it reported them for an answer of one request. */
  timings?: GenerationTimings;
}

/** Why the app ended a thinking stream itself, and what follows. */
type Cut =
  | { kind: 'budget' }
  | { kind: 'policy'; decision: Exclude<ThinkingDecision, { action: 'continue' }> }
  /** The model ended its turn inside its thinking: the answer is still to come. */
  | { kind: 'unclosed' };

/**
 * Streams one answer. Thinking that runs past the budget or the time limit is cut, closed the way
 * Qwen's recipe does, and the model is asked to go on with the answer from there. With the
 * thinking policy on, thinking pauses at its pause points for an invisible trial answer (a probe)
 * and ends once that answer is settled (see docs/thinking-efficiency.md); the answer then follows
 * from the thinking up to that pause.
 */
export async function runGeneration(plan: GenerationRun): Promise<GenerationResult> {
  const { engine, signal } = plan;
  const now = plan.now ?? (() => performance.now());
  const { resumeThinking } = plan;
  const { policy } = plan;
  const policyOn = plan.thinking && policy !== undefined && !plan.continuation;
  /**
   * Made at the first thinking token: the time limit counts thinking as the panel's clock does,
   * not the reading of the prompt before it.
   */
  let controller = null as ThinkingController | null;
  const startPolicy = () => {
    if (!policyOn || controller || !policy) return;
    controller = new ThinkingController({
      ...policy,
      // "Think longer" was asked for explicitly: only the time limit still ends it early.
      stopWhenSettled: policy.stopWhenSettled && !resumeThinking,
      startedAt: now(),
    });
  };
  let thinkingTokens = resumeThinking?.tokens ?? 0;
  let thinkingText = resumeThinking?.thinking ?? '';
  let report: ThinkingPolicyReport = {};
  const tell = (next: ThinkingPolicyReport) => {
    report = { ...report, ...next };
    plan.onThinkingPolicy?.(report);
  };

  const sampling = { ...plan.sampling, maxTokens: plan.maxTokens };
  let request: GenerateRequest = resumeThinking
    ? resumeThinkingRequest(plan.messages, resumeThinking.thinking, sampling)
    : plan.continuation
      ? {
          kind: 'raw',
          prompt: continuationPrompt(
            plan.messages,
            plan.continuation.thinking,
            plan.continuation.answer,
          ),
          sampling,
        }
      : {
          kind: 'chat',
          messages: plan.messages,
          sampling,
          thinking: plan.thinking,
          ...(plan.logprobs && { logprobs: true }),
        };
  let parser = new ThinkStreamParser(
    resumeThinking ? 'thinking' : plan.continuation ? 'answer' : 'start',
  );
  let result: GenerationResult = {
    usage: { promptTokens: null, completionTokens: null },
    stopReason: 'interrupted',
  };
  /** Thinking tokens streamed by the requests before the current one (their usage is lost). */
  let earlierThinkingTokens = thinkingTokens;
  let cutRequests = 0;
  /** The app closed the thinking and asked for the answer: the current request is that answer. */
  let answering = false;

  const consume = (segments: ThinkSegment[]) => {
    let delta = '';
    for (const segment of segments) {
      if (segment.channel === 'thinking') delta += segment.text;
    }
    thinkingText += delta;
    if (segments.some((s) => s.channel === 'thinking')) thinkingTokens += 1;
    plan.onSegments(segments, thinkingTokens);
    return delta;
  };

  for (;;) {
    // A Stop that came before this request (while the answer was being prepared, or while the
    // app closed the thinking): the engine is not asked at all. An aborted signal fires no
    // 'abort' event, so forwarding it would not reach the stream.
    if (signal.aborted) return { ...result, stopReason: 'interrupted' };
    const streamStop = new AbortController();
    const forwardStop = () => streamStop.abort();
    signal.addEventListener('abort', forwardStop, { once: true });
    let cut: Cut | null = null;
    const cutHere = (next: Cut) => {
      cut = next;
      streamStop.abort();
    };
    const ticker = policyOn
      ? setInterval(() => {
          if (cut || !controller || !parser.isThinking) return;
          const decision = controller.onTick(now());
          if (decision.action !== 'continue') cutHere({ kind: 'policy', decision });
        }, TIME_LIMIT_TICK_MS)
      : null;
    const tokensBefore = thinkingTokens;
    plan.onRequest(request);
    try {
      for await (const event of engine.generate(request, streamStop.signal)) {
        if (event.type === 'done') {
          result = {
            usage: event.usage,
            stopReason: event.stopReason,
            ...(event.timings && { timings: event.timings }),
          };
          continue;
        }
        // Chunks already in flight when the app cut the stream are dropped.
        if (cut) continue;
        if (event.logprobs) plan.onLogprobs?.(event.logprobs);
        const delta = consume(parser.push(event.text));
        if (!plan.thinking || !parser.isThinking) continue;
        startPolicy();
        if (budgetReached(thinkingTokens, plan.budget)) {
          cutHere({ kind: 'budget' });
        } else if (controller && delta) {
          const decision = controller.onThinking(delta, thinkingTokens, now());
          if (decision.action !== 'continue') cutHere({ kind: 'policy', decision });
        }
      }
    } finally {
      signal.removeEventListener('abort', forwardStop);
      if (ticker) clearInterval(ticker);
    }
    let ended = cut as Cut | null;
    if (!ended) {
      consume(parser.end());
      if (!endedInThinking()) return withEarlierTokens(result, earlierThinkingTokens, cutRequests);
      ended = { kind: 'unclosed' };
    }
    if (signal.aborted) return { ...result, stopReason: 'interrupted' };
    cutRequests += 1;
    earlierThinkingTokens += thinkingTokens - tokensBefore;

    const next = await afterCut(ended);
    if (!next) return { ...result, stopReason: 'interrupted' };
    request = next.request;
    parser = new ThinkStreamParser(next.parserStart);
  }

  /**
   * The model ended its turn (its end-of-turn token, not a limit) inside its thinking, so no
   * answer came: a small model may do so after a raw resume ("… Wait"). Closed the Qwen way, as
   * at the budget, it answers from its thinking; without this the answer would be empty.
   */
  function endedInThinking() {
    return plan.thinking && parser.isThinking && result.stopReason === 'finished' && !answering;
  }

  /** Carries out a cut: the next request, or null when the user stopped during a probe. */
  async function afterCut(
    ended: Cut,
  ): Promise<{ request: GenerateRequest; parserStart: 'start' | 'thinking' } | null> {
    if (ended.kind === 'budget') {
      plan.onBudgetReached();
      return closeThinking(budgetClosingThinking(plan.messages, thinkingText), thinkingText);
    }
    if (ended.kind === 'unclosed') {
      return closeThinking(budgetClosingThinking(plan.messages, thinkingText), thinkingText);
    }
    // A policy cut only comes from a controller.
    if (!controller) return null;
    let decision: ThinkingDecision = ended.decision;
    while (decision.action === 'probe') {
      const outcome = await runProbe(
        engine,
        probeRequest(plan.messages, decision.thinking),
        signal,
      );
      if (outcome.interrupted) return null;
      decision = controller.onProbe(
        outcome.trial,
        { tokens: outcome.tokens, ms: outcome.ms },
        now(),
      );
      tell({ probes: controller.stats });
    }
    switch (decision.action) {
      case 'resume':
        return {
          request: resumeThinkingRequest(plan.messages, decision.thinking, {
            ...plan.sampling,
            maxTokens: roomLeft(),
          }),
          parserStart: 'thinking',
        };
      case 'stop': {
        const earlyStop: EarlyStop = {
          reason: decision.reason,
          thinkingTokens: decision.thinkingTokens,
          heldBack: decision.heldBack,
        };
        const saved = savedSeconds(
          decision.thinkingTokens,
          plan.budget,
          plan.policy?.speed ?? null,
        );
        if (saved !== null) earlyStop.savedSeconds = saved;
        tell({ earlyStop });
        return answerAfter(continuationPrompt(plan.messages, decision.thinking, ''));
      }
      case 'close-for-time':
        tell({ closedForTime: true });
        return closeThinking(
          budgetClosingThinking(plan.messages, decision.thinking),
          decision.thinking,
        );
      default:
        return null;
    }
  }

  /** Closes thinking the Qwen way (the closing sentence) and answers after it. */
  function closeThinking(closing: string, thinkingSoFar: string) {
    plan.onSegments([{ channel: 'thinking', text: closing }], thinkingTokens);
    return answerAfter(budgetContinuationPrompt(plan.messages, thinkingSoFar));
  }

  function answerAfter(prompt: string) {
    answering = true;
    plan.onSegments([{ channel: 'thinking-closed' }], thinkingTokens);
    return {
      request: {
        kind: 'raw',
        prompt,
        sampling: { ...plan.sampling, maxTokens: roomLeft() },
      } satisfies GenerateRequest,
      parserStart: 'start' as const,
    };
  }

  /** What thinking used, and the closing sentence, come off the room left. */
  function roomLeft() {
    return Math.max(1, plan.maxTokens - thinkingTokens - BUDGET_CLOSING_TOKENS);
  }
}

/**
 * A cut stream rarely reports its usage; its generated tokens are the thinking it streamed, so
 * the total stays thinking + answer as for any other answer.
 */
function withEarlierTokens(
  result: GenerationResult,
  earlierThinkingTokens: number,
  cutRequests: number,
): GenerationResult {
  if (cutRequests === 0 && earlierThinkingTokens === 0) return result;
  const last = result.usage.completionTokens;
  // The last request's speeds describe only its part of the answer: none are passed on.
  return {
    stopReason: result.stopReason,
    usage: {
      ...result.usage,
      completionTokens: last === null ? earlierThinkingTokens : last + earlierThinkingTokens,
    },
  };
}
