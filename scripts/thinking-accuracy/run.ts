/**
 * Accuracy and thinking tokens per thinking policy on a real model: `npm run thinking:accuracy --
 * --model <file.gguf or URL> [--gpu] [--budget 1024] [--limit 20] [--out results.json]`.
 *
 * It drives wllama (the CPU engine's library; `--gpu` offloads every layer to WebGPU) in headless
 * Chromium at the engine level, with the app's own pieces: the chat format, the probe and resume
 * requests and the ThinkingController. Thinking streams in raw chunks of 32 tokens (llama.cpp keeps
 * the prefix in its KV cache, so chunking costs little), fed token by token to the controller.
 * Policies: quick (no thinking), think (to the model's end or the budget), settled (think with
 * stop-when-settled). Writes one JSON file: every run, and per policy the accuracy, mean thinking
 * tokens and mean time. See docs/thinking-efficiency.md for the table it fills.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import type { EngineMessage, SamplingParams } from '../../src/domain/engine-types';
import { formatQwenPrompt } from '../../src/domain/thinking/chatml';
import { budgetContinuationPrompt } from '../../src/domain/thinking/thinking-budget';
import { probeRequest } from '../../src/domain/thinking-policy/probe-prompts';
import { ThinkingController } from '../../src/domain/thinking-policy/thinking-controller';
import { firstSentenceEnd, type TrialAnswer } from '../../src/domain/thinking-policy/trial-answer';
import { readTokenLogprobs } from '../../src/engine/logprobs';
import { PROBLEMS } from './problems';
import { isCorrect } from './score';

type Policy = 'quick' | 'think' | 'settled';
const POLICIES: readonly Policy[] = ['quick', 'think', 'settled'];
const CHUNK_TOKENS = 32;
const ANSWER_TOKENS = 400;
const THINKING: SamplingParams = { temperature: 0.6, topP: 0.95, topK: 20, minP: 0, maxTokens: 0 };
const NON_THINKING: SamplingParams = {
  temperature: 0.7,
  topP: 0.8,
  topK: 20,
  minP: 0,
  maxTokens: 0,
};

interface RawRun {
  pieces: string[];
  logprobs: number[];
  finish: string | null;
}

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    gpu: { type: 'boolean', default: false },
    budget: { type: 'string', default: '1024' },
    limit: { type: 'string', default: String(PROBLEMS.length) },
    out: { type: 'string', default: 'thinking-accuracy.json' },
  },
});
if (!values.model) throw new Error('--model <file.gguf or URL> is required');
const budget = Number(values.budget);
const wllamaDir = join(
  dirname(createRequire(import.meta.url).resolve('@wllama/wllama')),
  '..',
  'esm',
);
const HARNESS = 'http://127.0.0.1:9/__harness/';

async function openHarness(page: Page, model: string) {
  const local = existsSync(model) ? resolve(model) : null;
  await page.route(`${HARNESS}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'index.html')
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html>' });
    if (name === 'wllama.js')
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(join(wllamaDir, 'index.js')),
      });
    if (name === 'wllama.wasm')
      return route.fulfill({
        contentType: 'application/wasm',
        body: readFileSync(join(wllamaDir, 'wasm/wllama.wasm')),
      });
    if (name === 'model.gguf' && local) return route.fulfill({ body: readFileSync(local) });
    return route.abort();
  });
  await page.goto(`${HARNESS}index.html`);
  await page.evaluate(
    async ({ url, gpu }) => {
      type WllamaModule = { Wllama: new (paths: object, options: object) => unknown };
      const { Wllama } = (await import('/__harness/wllama.js' as string)) as WllamaModule;
      const wllama = new Wllama({ default: '/__harness/wllama.wasm' }, {}) as {
        loadModelFromUrl(url: string, options: object): Promise<void>;
      };
      await wllama.loadModelFromUrl(url, { n_ctx: 8192, n_gpu_layers: gpu ? 999 : 0 });
      (window as unknown as { wllama: unknown }).wllama = wllama;
    },
    { url: local ? `${HARNESS}model.gguf` : model, gpu: values.gpu },
  );
}

async function raw(
  page: Page,
  prompt: string,
  sampling: SamplingParams,
  maxTokens: number,
  extra: { logprobs?: boolean; stop?: readonly string[] } = {},
): Promise<RawRun> {
  const run = await page.evaluate(
    async ({ prompt, sampling, maxTokens, extra }) => {
      type Chunk = { choices: { text: string; finish_reason: string | null; logprobs: unknown }[] };
      const { wllama } = window as unknown as {
        wllama: { createCompletion(o: object): Promise<AsyncIterable<Chunk>> };
      };
      const stream = await wllama.createCompletion({
        prompt,
        stream: true,
        temperature: sampling.temperature,
        top_p: sampling.topP,
        top_k: sampling.topK,
        min_p: sampling.minP,
        max_tokens: maxTokens,
        ...(extra.stop ? { stop: extra.stop } : {}),
        ...(extra.logprobs ? { n_probs: 1 } : {}),
      });
      const out = {
        pieces: [] as string[],
        logprobs: [] as unknown[],
        finish: null as string | null,
      };
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        if (choice?.text) out.pieces.push(choice.text);
        if (choice?.logprobs) out.logprobs.push(choice.logprobs);
        if (choice?.finish_reason) out.finish = choice.finish_reason;
      }
      return out;
    },
    { prompt, sampling, maxTokens, extra },
  );
  return { ...run, logprobs: run.logprobs.flatMap((entry) => readTokenLogprobs(entry) ?? []) };
}

async function probe(
  page: Page,
  messages: EngineMessage[],
  thinking: string,
): Promise<TrialAnswer & { tokens: number }> {
  const request = probeRequest(messages, thinking);
  if (request.kind !== 'raw') throw new Error('a probe is a raw request');
  const run = await raw(
    page,
    request.prompt,
    request.sampling,
    request.sampling.maxTokens,
    request,
  );
  const text = run.pieces.join('');
  const end = firstSentenceEnd(text);
  return {
    text: (end === null ? text : text.slice(0, end)).trim(),
    logprobs: run.logprobs,
    ended: end !== null || run.finish === 'stop',
    tokens: run.pieces.length,
  };
}

/** Thinks in chunks under the controller; returns the thinking and how it ended. */
async function think(page: Page, messages: EngineMessage[], stopWhenSettled: boolean) {
  const base = `${formatQwenPrompt(messages)}<think>\n`;
  const controller = new ThinkingController({ stopWhenSettled, timeLimitMs: null, startedAt: 0 });
  let thinking = '';
  let tokens = 0;
  let probeTokens = 0;
  while (tokens < budget) {
    const run = await raw(page, base + thinking, THINKING, Math.min(CHUNK_TOKENS, budget - tokens));
    let resumed = false;
    for (const piece of run.pieces) {
      const close = (thinking + piece).indexOf('</think>');
      if (close >= 0)
        return {
          thinking: (thinking + piece).slice(0, close),
          tokens,
          ended: 'model' as const,
          probeTokens,
          probes: controller.stats.probes,
        };
      tokens += 1;
      thinking += piece;
      const decision = controller.onThinking(piece, tokens, tokens);
      if (decision.action !== 'probe') continue;
      const trial = await probe(page, messages, decision.thinking);
      probeTokens += trial.tokens;
      const after = controller.onProbe(trial, { tokens: trial.tokens, ms: 0 }, tokens);
      if (after.action === 'stop') {
        return {
          thinking: after.thinking,
          tokens: after.thinkingTokens,
          ended: 'settled' as const,
          probeTokens,
          probes: controller.stats.probes,
        };
      }
      if (after.action === 'resume') {
        thinking = after.thinking;
        resumed = true;
        break;
      }
    }
    if (!resumed && run.pieces.length === 0) break;
  }
  return {
    thinking,
    tokens,
    ended: 'budget' as const,
    probeTokens,
    probes: controller.stats.probes,
  };
}

async function solve(page: Page, question: string, policy: Policy) {
  const messages: EngineMessage[] = [{ role: 'user', content: question }];
  if (policy === 'quick') {
    const run = await raw(
      page,
      `${formatQwenPrompt(messages)}<think>\n\n</think>\n\n`,
      NON_THINKING,
      ANSWER_TOKENS,
    );
    return {
      answer: run.pieces.join(''),
      thinkingTokens: 0,
      probes: 0,
      probeTokens: 0,
      ended: 'quick',
    };
  }
  const thought = await think(page, messages, policy === 'settled');
  const prompt =
    thought.ended === 'budget'
      ? budgetContinuationPrompt(messages, thought.thinking)
      : `${formatQwenPrompt(messages)}<think>\n${thought.thinking.trimEnd()}\n</think>\n\n`;
  const run = await raw(page, prompt, THINKING, ANSWER_TOKENS);
  return {
    answer: run.pieces.join(''),
    thinkingTokens: thought.tokens,
    probes: thought.probes,
    probeTokens: thought.probeTokens,
    ended: thought.ended,
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', ...(values.gpu ? ['--enable-unsafe-webgpu'] : [])],
});
try {
  const page = await browser.newPage();
  await openHarness(page, values.model);
  const device = await page.evaluate(() => navigator.userAgent);
  const results: ({ id: string; policy: Policy; correct: boolean; ms: number } & Awaited<
    ReturnType<typeof solve>
  >)[] = [];
  for (const problem of PROBLEMS.slice(0, Number(values.limit))) {
    for (const policy of POLICIES) {
      const started = performance.now();
      const outcome = await solve(page, problem.question, policy);
      const ms = Math.round(performance.now() - started);
      const correct = isCorrect(outcome.answer, problem.answer);
      results.push({ id: problem.id, policy, correct, ms, ...outcome });
      console.log(
        `${problem.id} ${policy}: ${correct ? 'right' : 'wrong'}, ${outcome.thinkingTokens} thinking tokens, ${ms} ms`,
      );
    }
  }
  const summary = POLICIES.map((policy) => {
    const runs = results.filter((r) => r.policy === policy);
    const mean = (f: (r: (typeof runs)[number]) => number) =>
      runs.reduce((s, r) => s + f(r), 0) / Math.max(1, runs.length);
    return {
      policy,
      accuracy: mean((r) => (r.correct ? 1 : 0)),
      meanThinkingTokens: mean((r) => r.thinkingTokens),
      meanProbeTokens: mean((r) => r.probeTokens),
      meanSeconds: mean((r) => r.ms) / 1000,
    };
  });
  console.table(summary);
  writeFileSync(
    values.out,
    `${JSON.stringify({ model: values.model, gpu: values.gpu, budget, device, summary, results }, null, 2)}\n`,
  );
} finally {
  await browser.close();
}
