// The real-size model (Qwen3-0.6B's shapes, random weights) in bare wllama on the CPU: decode
// speed per thread count, load time from the browser cache, the browser's peak memory.
import type { Browser } from '@playwright/test';
import { QUICK_SAMPLING } from '../src/domain/thinking/sampling-presets';
import { linkModel, markRate, openBarePage, runBare } from './bare-page';
import { watchPeakRss } from './browser-memory';
import { ensureRealSizeModel } from './real-size-model';

/** A custom model's context in the app: the CPU default (8K) for the real-size model. */
const REAL_SIZE_CONTEXT = 8192;
const REAL_SIZE_TOKENS = { from: 8, to: 40 };

export interface RealSizeResult {
  fileBytes: number;
  decode: { threads: number; tokensPerSecond: number[] }[];
  firstLoadSeconds: number;
  cacheLoadSeconds: number[];
  baselineRssBytes: number;
  peakRssBytes: number;
}

export async function measureRealSize(
  browser: Browser,
  baseURL: string,
  outDir: string,
  cores: number,
  tag: string,
): Promise<RealSizeResult> {
  const model = ensureRealSizeModel();
  const url = `${baseURL}${linkModel(outDir, model.path, 'qwen3-0.6b-shape.gguf')}`;
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await openBarePage(page);
  const threadCounts = [...new Set([1, cores])];
  const decode = threadCounts.map((threads) => ({ threads, tokensPerSecond: [] as number[] }));
  const loads: number[] = [];
  const memory = watchPeakRss(tag);
  const baselineRssBytes = memory.stop();
  const peak = watchPeakRss(tag);
  try {
    // Alternating thread counts; the first load downloads into the browser cache, the rest read it.
    for (let round = 0; round < 2; round += 1) {
      for (const entry of decode) {
        const result = await runBare(page, {
          url,
          threads: entry.threads,
          contextTokens: REAL_SIZE_CONTEXT,
          thinking: false,
          prompt: 'Write a long story about a lighthouse keeper.',
          sampling: QUICK_SAMPLING,
          maxTokens: REAL_SIZE_TOKENS.to * 2,
          stopAfterTokens: REAL_SIZE_TOKENS.to,
          stopAfterChars: Number.POSITIVE_INFINITY,
        });
        loads.push(result.loadMs / 1000);
        const { from, to } = REAL_SIZE_TOKENS;
        entry.tokensPerSecond.push(markRate(result.marks, 'tokens', from, to).perSecond);
      }
    }
  } finally {
    await context.close();
  }
  return {
    fileBytes: model.bytes,
    decode,
    firstLoadSeconds: loads[0] ?? Number.NaN,
    cacheLoadSeconds: loads.slice(1),
    baselineRssBytes,
    peakRssBytes: peak.stop(),
  };
}
