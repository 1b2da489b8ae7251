// `npm run bench:gpu`: the real-size random-weight Qwen3 GGUFs (0.6B, 1.7B and 4B shapes) through
// wllama's WebGPU backend in Chromium: decode and prefill tokens/s, next to the bound that the
// adapter's memory bandwidth puts on decoding (every token reads all weights once). Fails with a
// clear message where Chromium finds no WebGPU adapter with shader-f16.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveIsolated } from './built-app';
import { QUICK_SAMPLING } from '../src/domain/thinking/sampling-presets';
import { buildBarePage, linkModel, openBarePage, runBare } from './bare-page';
import { formatTable } from './format-table';
import { ensureRealSizeModel } from './real-size-model';
import type { RealSizeShape } from '../scripts/fixture-model/build-real-size-model';
import { loadQwen3Tokenizer } from '../scripts/fixture-model/qwen3-tokenizer';

const SHAPES: RealSizeShape[] = ['0.6b', '1.7b', '4b'];
const OUT_DIR = resolve('dist-bench/gpu');
const DECODE_TOKENS = { from: 8, to: 72 };
/** A prompt of about 1,000 tokens: prefill speed is the prompt's tokens over the wait for the first. */
const PROMPT = 'Summarise the history of lighthouses, their keepers and their lamps. '.repeat(70);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
/** Extra Chromium flags for the machine's GPU (e.g. --use-angle=vulkan). */
const EXTRA_FLAGS = (process.env.BENCH_GPU_FLAGS ?? '').split(' ').filter(Boolean);

interface AdapterReport {
  found: boolean;
  shaderF16: boolean;
  vendor: string;
  architecture: string;
  description: string;
  /** Measured with large buffer copies (bytes read + written per second). */
  bandwidthGBps: number;
}

/**
 * In the page: the adapter, its features, and its copy bandwidth. Plain JavaScript in a string:
 * tsx would wrap the inner functions of a serialised callback in a helper the page does not have.
 */
const PROBE_ADAPTER = `(async () => {
  const none = { found: false, shaderF16: false, vendor: '', architecture: '', description: '', bandwidthGBps: 0 };
  const adapter = navigator.gpu && (await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' }));
  if (!adapter) return none;
  const info = adapter.info;
  const report = {
    found: true,
    shaderF16: adapter.features.has('shader-f16'),
    vendor: info.vendor,
    architecture: info.architecture,
    description: info.description,
  };
  const device = await adapter.requestDevice();
  const size = Math.min(256 * 2 ** 20, adapter.limits.maxBufferSize);
  const usage = GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
  const a = device.createBuffer({ size, usage });
  const b = device.createBuffer({ size, usage });
  const copy = async (times) => {
    const encoder = device.createCommandEncoder();
    for (let i = 0; i < times; i += 1) encoder.copyBufferToBuffer(a, 0, b, 0, size);
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
  };
  await copy(2);
  let best = 0;
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    await copy(16);
    best = Math.max(best, (2 * size * 16) / ((performance.now() - started) / 1000) / 1e9);
  }
  device.destroy();
  return { ...report, bandwidthGBps: best };
})()`;

async function probeAdapter(page: Page): Promise<AdapterReport> {
  return (await page.evaluate(PROBE_ADAPTER)) as AdapterReport;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1] ?? 0;

await buildBarePage(OUT_DIR);
const port = Number(process.env.BENCH_PORT ?? 4197);
const server = await serveIsolated(OUT_DIR, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--enable-unsafe-webgpu',
    '--ignore-gpu-blocklist',
    '--disable-background-networking',
    ...EXTRA_FLAGS,
  ],
});
try {
  const page = await browser.newPage({ baseURL: server.baseURL });
  await openBarePage(page);
  const adapter = await probeAdapter(page);
  if (!adapter.found || !adapter.shaderF16) {
    const what = adapter.found
      ? `the adapter Chromium found (${adapter.vendor || 'unknown vendor'} ${adapter.architecture} ${adapter.description}) has no shader-f16`
      : 'Chromium found no WebGPU adapter';
    throw new Error(
      `bench:gpu needs a GPU with WebGPU and shader-f16, but ${what}. Run it on a machine with a GPU ` +
        '(set BENCH_GPU_FLAGS, e.g. "--use-angle=vulkan", if Chromium needs them there).',
    );
  }
  const promptTokens = loadQwen3Tokenizer().encode(PROMPT).length;
  const rows: string[][] = [];
  const results = [];
  for (const shape of SHAPES) {
    const model = ensureRealSizeModel(shape);
    const modelPath = linkModel(OUT_DIR, model.path, `${shape}.gguf`);
    const decode: number[] = [];
    const prefill: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await runBare(page, {
        url: `${server.baseURL}${modelPath}`,
        threads: 1,
        gpuLayers: 999,
        contextTokens: 4096,
        thinking: false,
        prompt: PROMPT,
        sampling: QUICK_SAMPLING,
        maxTokens: DECODE_TOKENS.to * 2,
        stopAfterTokens: DECODE_TOKENS.to,
        stopAfterChars: Number.POSITIVE_INFINITY,
      });
      const first = result.marks[0];
      const a = result.marks.find((m) => m.tokens >= DECODE_TOKENS.from);
      const b = result.marks.find((m) => m.tokens >= DECODE_TOKENS.to);
      if (!first || !a || !b) throw new Error(`${shape}: the stream ended early.`);
      prefill.push((promptTokens * 1000) / (first.at - result.requestedAt));
      decode.push(((b.tokens - a.tokens) * 1000) / (b.at - a.at));
    }
    // Decoding reads every weight once per token: bandwidth over the weights is its ceiling.
    const boundTokensPerSecond = (adapter.bandwidthGBps * 1e9) / model.bytes;
    results.push({ shape, fileBytes: model.bytes, decode, prefill, boundTokensPerSecond });
    rows.push([
      `Qwen3-${shape.toUpperCase()} shape`,
      `${(model.bytes / 2 ** 20).toFixed(0)} MiB`,
      `${median(decode).toFixed(1)} (${decode.map((v) => v.toFixed(1)).join(', ')})`,
      `${median(prefill).toFixed(0)}`,
      `${boundTokensPerSecond.toFixed(0)}`,
      `${((median(decode) / boundTokensPerSecond) * 100).toFixed(0)} %`,
    ]);
  }
  console.log(
    `\nAdapter: ${adapter.vendor} ${adapter.architecture} ${adapter.description}, shader-f16, ` +
      `copy bandwidth ${adapter.bandwidthGBps.toFixed(0)} GB/s; prompt ${promptTokens} tokens\n`,
  );
  console.log(
    formatTable(
      [
        'model',
        'file',
        'decode tokens/s (runs)',
        'prefill tokens/s',
        'bandwidth bound',
        'of bound',
      ],
      rows,
    ),
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/gpu.json',
    `${JSON.stringify({ date: new Date().toISOString(), adapter, promptTokens, results }, null, 2)}\n`,
  );
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
