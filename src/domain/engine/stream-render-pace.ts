import type { RunBackend } from '@/domain/models/gguf-backend';

/**
 * On the CPU engine every millisecond the page spends rendering is taken from llama.cpp's threads
 * (on two cores the main thread, compositor and raster compete with decoding), so a streaming
 * answer is shown in steps at least this far apart (ms). At a real model's CPU speed of a few
 * tokens a second that is still every token. See bench/README.md, "Render pace per engine".
 */
const CPU_STREAM_RENDER_INTERVAL_MS = 100;

/**
 * The fastest a streaming answer is shown, by where the model runs: on the GPU decoding does not
 * wait for the main thread (the GPU does the work, the page only receives tokens), so text may
 * appear every animation frame; on the CPU it keeps the slower pace.
 */
export function streamRenderIntervalMs(runsOn: RunBackend): number {
  return runsOn === 'gpu' ? 0 : CPU_STREAM_RENDER_INTERVAL_MS;
}
