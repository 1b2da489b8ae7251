import type { GenerationPlan } from '@/domain/generation/plan';
import type { ChatEngine } from '@/engine/types';
import type { GenerateRequest, GenerationUsage } from '@/domain/engine-types';
import { continuationPrompt } from '@/domain/thinking/chatml';
import { ThinkStreamParser, type ThinkSegment } from '@/domain/thinking/think-stream-parser';
import {
  budgetClosingThinking,
  budgetContinuationPrompt,
  budgetReached,
} from '@/domain/thinking/thinking-budget';

/** An upper bound of the closing sentence's tokens plus the tags around it. */
const BUDGET_CLOSING_TOKENS = 40;

/** A plan (domain) bound to the live engine and the callbacks that follow the stream. */
export interface GenerationRun extends GenerationPlan {
  engine: ChatEngine;
  /** The user's Stop. */
  signal: AbortSignal;
  onRequest: (request: GenerateRequest) => void;
  /** `thinkingTokens` counts streamed thinking chunks (one token each on both engines). */
  onSegments: (segments: ThinkSegment[], thinkingTokens: number) => void;
  onBudgetReached: () => void;
}

export interface GenerationResult {
  usage: GenerationUsage;
  stopReason: 'finished' | 'length' | 'interrupted';
}

function sumUsage(a: GenerationUsage, b: GenerationUsage): GenerationUsage {
  const add = (x: number | null, y: number | null) =>
    x === null && y === null ? null : (x ?? 0) + (y ?? 0);
  return {
    promptTokens: b.promptTokens ?? a.promptTokens,
    completionTokens: add(a.completionTokens, b.completionTokens),
  };
}

/**
 * Streams one answer. With a thinking budget, thinking that runs past it is cut, closed the way
 * Qwen's recipe does, and the model is asked to go on with the answer from there.
 */
export async function runGeneration(plan: GenerationRun): Promise<GenerationResult> {
  const { engine, signal } = plan;
  let thinkingTokens = 0;
  let thinkingText = '';
  const streamStop = new AbortController();
  const forwardStop = () => streamStop.abort();
  signal.addEventListener('abort', forwardStop, { once: true });

  const request: GenerateRequest = plan.continuation
    ? {
        kind: 'raw',
        prompt: continuationPrompt(
          plan.messages,
          plan.continuation.thinking,
          plan.continuation.answer,
        ),
        sampling: { ...plan.sampling, maxTokens: plan.maxTokens },
      }
    : {
        kind: 'chat',
        messages: plan.messages,
        sampling: { ...plan.sampling, maxTokens: plan.maxTokens },
        thinking: plan.thinking,
      };
  const parser = new ThinkStreamParser(plan.continuation ? 'answer' : 'start');
  plan.onRequest(request);
  let result: GenerationResult = {
    usage: { promptTokens: null, completionTokens: null },
    stopReason: 'interrupted',
  };
  let cutAtBudget = false;
  const consume = (segments: ThinkSegment[]) => {
    for (const segment of segments) {
      if (segment.channel === 'thinking') thinkingText += segment.text;
    }
    if (segments.some((s) => s.channel === 'thinking')) thinkingTokens += 1;
    plan.onSegments(segments, thinkingTokens);
  };
  try {
    for await (const event of engine.generate(request, streamStop.signal)) {
      if (event.type === 'done') {
        result = { usage: event.usage, stopReason: event.stopReason };
        continue;
      }
      // Chunks already in flight when the budget cut the stream are dropped.
      if (cutAtBudget) continue;
      consume(parser.push(event.text));
      if (plan.thinking && parser.isThinking && budgetReached(thinkingTokens, plan.budget)) {
        cutAtBudget = true;
        streamStop.abort();
      }
    }
    if (!cutAtBudget) consume(parser.end());
    if (!cutAtBudget || signal.aborted) return result;

    // The cut stream rarely reports its usage; its generated tokens are the thinking streamed so
    // far, so the total stays thinking + answer as for any other answer.
    result = {
      ...result,
      usage: {
        ...result.usage,
        completionTokens: Math.max(result.usage.completionTokens ?? 0, thinkingTokens),
      },
    };
    plan.onBudgetReached();
    plan.onSegments(
      [
        { channel: 'thinking', text: budgetClosingThinking(plan.messages, thinkingText) },
        { channel: 'thinking-closed' },
      ],
      thinkingTokens,
    );
    const continuation: GenerateRequest = {
      kind: 'raw',
      prompt: budgetContinuationPrompt(plan.messages, thinkingText),
      // What thinking used, and the closing sentence, come off the room left.
      sampling: {
        ...plan.sampling,
        maxTokens: Math.max(1, plan.maxTokens - thinkingTokens - BUDGET_CLOSING_TOKENS),
      },
    };
    plan.onRequest(continuation);
    const answerParser = new ThinkStreamParser();
    for await (const event of engine.generate(continuation, signal)) {
      if (event.type === 'done') {
        result = { usage: sumUsage(result.usage, event.usage), stopReason: event.stopReason };
      } else {
        plan.onSegments(answerParser.push(event.text), thinkingTokens);
      }
    }
    plan.onSegments(answerParser.end(), thinkingTokens);
    return result;
  } finally {
    signal.removeEventListener('abort', forwardStop);
  }
}
