import type { GenerationMode, ResolvedMode } from '@/domain/chat/chat-types';

type Steps = readonly [GenerationMode, ...GenerationMode[]];

/**
 * The requests each answer mode makes, in order: Quick and Think one request each, Draft + refine
 * a Quick draft and then a Think request that checks and refines it. Auto is not here: it decides
 * one of these modes first (see `decideMode`).
 */
export const MODE_STEPS: Readonly<Record<ResolvedMode, Steps>> = {
  quick: ['quick'],
  think: ['think'],
  refine: ['quick', 'think'],
};

/** The request an answer in `mode` starts with: planned (and checked for fit) before sending. */
export function firstStep(mode: ResolvedMode): GenerationMode {
  return MODE_STEPS[mode][0];
}

/**
 * The request that goes on with an answer cut off at the context limit: one request, without
 * thinking (the plan drops thinking for a continuation), with the sampling of the answer's mode.
 */
export function continuationStep(mode: ResolvedMode): GenerationMode {
  return mode === 'think' ? 'think' : 'quick';
}
