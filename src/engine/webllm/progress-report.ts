import type { LoadProgress } from '@/domain/engine-types';

const MB = 1024 * 1024;

/**
 * web-llm reports progress as prose ("Fetching param cache[3/20]: 150MB fetched. 30% completed…").
 * Its wording is the only place the phase and byte count live.
 */
export function parseWebLlmProgress(
  report: { progress: number; text: string },
  totalBytes: number | null,
): LoadProgress {
  const { text, progress } = report;
  const fraction = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : null;
  if (/Loading GPU shader modules/i.test(text)) {
    return { phase: 'compiling', fraction, bytesDone: null, bytesTotal: null };
  }
  if (/Loading model from cache/i.test(text)) {
    return { phase: 'loading-from-cache', fraction, bytesDone: null, bytesTotal: null };
  }
  const fetched = /(\d+(?:\.\d+)?)\s*MB fetched/i.exec(text);
  if (fetched?.[1] || /Fetching param cache/i.test(text)) {
    const bytesDone = fetched?.[1] ? Math.round(Number(fetched[1]) * MB) : null;
    return { phase: 'downloading', fraction, bytesDone, bytesTotal: totalBytes };
  }
  return { phase: 'initializing', fraction, bytesDone: null, bytesTotal: null };
}
