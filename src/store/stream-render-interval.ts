import { streamRenderIntervalMs } from '@/domain/engine/stream-render-pace';

/** The CPU engine's pace; the GPU's is every frame (src/domain/engine/stream-render-pace.ts). */
export const STREAM_RENDER_INTERVAL_MS = streamRenderIntervalMs('cpu');
