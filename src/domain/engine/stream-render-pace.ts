import type { RunBackend } from '@/domain/models/gguf-backend';

/** The fastest a streaming answer is shown (ms between render steps), by what is streaming. */
export interface StreamRenderPace {
  /** While the model thinks (the live thinking panel, and nothing of the answer yet). */
  thinkingMs: number;
  /** Once the answer itself streams (and a draft, which is an answer). */
  answerMs: number;
}

/**
 * On the CPU engine every frame the page renders takes from llama.cpp's threads (on two cores
 * the main thread, compositor and raster compete with decoding; each frame interrupts them, so a
 * frame costs decoding more than its own milliseconds), so a streaming answer is shown in steps at
 * least this far apart. At a real model's CPU speed of a few tokens a second the answer's pace is
 * still every token. The live thinking panel is a glimpse of text nobody reads at decoding speed,
 * and thinking is where a CPU model spends most of its tokens: it is shown at a slower pace, which
 * gave the fast fixture a few per cent more tokens a second (bench/README.md, "Render pace per
 * engine").
 */
const CPU_PACE: StreamRenderPace = { thinkingMs: 250, answerMs: 100 };

/**
 * How often a streaming answer is shown, by where the model runs: on the GPU decoding does not
 * wait for the main thread (the GPU does the work, the page only receives tokens), so text may
 * appear every animation frame; on the CPU it keeps the slower pace.
 */
export function streamRenderPace(runsOn: RunBackend): StreamRenderPace {
  return runsOn === 'gpu' ? { thinkingMs: 0, answerMs: 0 } : CPU_PACE;
}
