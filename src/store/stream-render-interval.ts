/**
 * The fastest the streaming answer is shown (ms). On the CPU engine every millisecond the page
 * renders is taken from decoding, so text shows in a few steps a second, not every frame. At
 * real models' speeds on the CPU that is still every token.
 */
export const STREAM_RENDER_INTERVAL_MS = 100;
