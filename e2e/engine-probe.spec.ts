/**
 * The probe capability at the engine level, in Chromium: wllama 3.13 (the library the CPU engine
 * wraps) runs the thinking-policy fixtures, and the requests are the ones the app builds
 * (probeRequest, resumeThinkingRequest). Checks what the unit tests can only assume: where llama.cpp
 * puts a raw completion's log-probabilities, that they carry the fixtures' confidence, that the
 * line-end stop ends a probe, and that a probe reuses the KV cache for the shared prefix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { trialAnswerConfidence } from '../src/domain/thinking-policy/confidence';
import { probeRequest, resumeThinkingRequest } from '../src/domain/thinking-policy/probe-prompts';
import { readTokenLogprobs } from '../src/engine/logprobs';
import { formatQwenPrompt } from '../src/domain/thinking/chatml';
import {
  loopFixture,
  settleFixture,
  sureDraftFixture,
  unsureDraftFixture,
  waverFixture,
} from '../scripts/fixture-model/fixture-scripts';
import { draftVerdict } from '../src/domain/thinking-policy/draft-rule';
import { FIXTURE_ORIGIN, fixtureUrl } from './helpers';

const wllamaDir = join(
  dirname(createRequire(import.meta.url).resolve('@wllama/wllama')),
  '..',
  'esm',
);

interface RawRun {
  text: string;
  logprobs: unknown[];
  finish: string | null;
  cached: number | null;
  /** Prompt tokens llama.cpp evaluated (not taken from the KV cache). */
  evaluated: number | null;
}

/** A blank page on the fixture origin with wllama's own bundle, outside the app. */
async function openHarness(page: Page) {
  await page.route('**/__harness/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'index.html') {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>h</title>' });
    }
    const file = name === 'wllama.js' ? 'index.js' : 'wasm/wllama.wasm';
    const type = name === 'wllama.js' ? 'text/javascript' : 'application/wasm';
    return route.fulfill({ contentType: type, body: readFileSync(join(wllamaDir, file)) });
  });
  await page.goto(`${FIXTURE_ORIGIN}/__harness/index.html`);
}

async function load(page: Page, file: string) {
  await page.evaluate(async (url) => {
    type WllamaModule = { Wllama: new (paths: object, options: object) => unknown };
    const { Wllama } = (await import('/__harness/wllama.js' as string)) as WllamaModule;
    const wllama = new Wllama({ default: '/__harness/wllama.wasm' }, {}) as {
      loadModelFromUrl(url: string, options: object): Promise<void>;
    };
    await wllama.loadModelFromUrl(url, { n_ctx: 2048, n_threads: 1 });
    (window as unknown as { wllama: unknown }).wllama = wllama;
  }, fixtureUrl(file));
}

/** One raw completion as WllamaEngine sends it, its chunks kept as llama.cpp wrote them. */
async function raw(
  page: Page,
  prompt: string,
  options: { logprobs: boolean; stop?: readonly string[]; maxTokens: number },
): Promise<RawRun> {
  return page.evaluate(
    async ({ prompt, options }) => {
      type Chunk = {
        choices: { text: string; finish_reason: string | null; logprobs: unknown }[];
        timings?: { cache_n?: number; prompt_n?: number };
      };
      const wllama = (
        window as unknown as {
          wllama: { createCompletion(o: object): Promise<AsyncIterable<Chunk>> };
        }
      ).wllama;
      const stream = await wllama.createCompletion({
        prompt,
        stream: true,
        temperature: 1,
        top_k: 1,
        top_p: 0.01,
        max_tokens: options.maxTokens,
        ...(options.stop ? { stop: options.stop } : {}),
        ...(options.logprobs ? { n_probs: 1 } : {}),
      });
      const run = {
        text: '',
        logprobs: [] as unknown[],
        finish: null as string | null,
        cached: null as number | null,
        evaluated: null as number | null,
      };
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        if (choice?.text) run.text += choice.text;
        if (choice?.logprobs !== undefined) run.logprobs.push(choice.logprobs);
        if (choice?.finish_reason) run.finish = choice.finish_reason;
        if (chunk.timings?.cache_n !== undefined) run.cached = chunk.timings.cache_n;
        if (chunk.timings?.prompt_n !== undefined) run.evaluated = chunk.timings.prompt_n;
      }
      return run;
    },
    { prompt, options },
  );
}

const messages = [{ role: 'user' as const, content: 'What is six times seven?' }];
const sampling = { temperature: 0.6, topP: 0.95, topK: 20, minP: 0, maxTokens: 12 };

/** The thinking before its last transition word, as the controller cuts it for a probe. */
function beforeLastWait(thinking: string): string {
  return thinking.slice(0, thinking.lastIndexOf(' Wait,'));
}

function logprobsOf(run: RawRun): number[] {
  return run.logprobs.flatMap((entry) => readTokenLogprobs(entry) ?? []);
}

test.describe('probe capability on wllama (engine level)', () => {
  test.setTimeout(120_000);

  test('settle fixture: unsure trial answer, line-end stop, prefix reuse and resumed thinking', async ({
    page,
  }) => {
    await openHarness(page);
    await load(page, settleFixture.fileName);
    const loop = settleFixture.thinking;
    const first = probeRequest(messages, beforeLastWait(loop.repeat(2)));
    if (first.kind !== 'raw') throw new Error('a probe is a raw request');
    const trial = await raw(page, first.prompt, {
      logprobs: true,
      stop: first.stop,
      maxTokens: 16,
    });
    expect(trial.text).toBe(settleFixture.answer);
    const logprobs = logprobsOf(trial);
    expect(logprobs.length).toBeGreaterThanOrEqual(5);
    const confidence = trialAnswerConfidence(logprobs) ?? 0;
    expect(confidence).toBeGreaterThan(0.4);
    expect(confidence).toBeLessThan(0.6);

    // A later probe shares the conversation and the earlier thinking: llama.cpp reuses its cache.
    const later = probeRequest(messages, beforeLastWait(loop.repeat(3)));
    if (later.kind !== 'raw') throw new Error('a probe is a raw request');
    const again = await raw(page, later.prompt, {
      logprobs: true,
      stop: later.stop,
      maxTokens: 16,
    });
    expect(again.text).toBe(settleFixture.answer);
    expect(again.cached ?? 0).toBeGreaterThan(10);

    // Thinking resumes inside the open think block and goes on round the loop.
    const resume = resumeThinkingRequest(
      messages,
      `${loop} Six times seven makes 42. Wait,`,
      sampling,
    );
    if (resume.kind !== 'raw') throw new Error('resuming is a raw request');
    const resumed = await raw(page, resume.prompt, { logprobs: false, maxTokens: 4 });
    expect(resumed.text).toBe(' let me recount the');
    expect(logprobsOf(resumed)).toEqual([]);
  });

  test('waver fixture: after streamed thinking, probes and resumes evaluate only their new tokens', async ({
    page,
  }) => {
    await openHarness(page);
    await load(page, waverFixture.fileName);
    // Thinking as WllamaEngine streams it: a chat completion with thinking on.
    let thinking = await page.evaluate(async (question) => {
      type Chunk = { choices: { delta: { reasoning_content?: string | null } }[] };
      const { wllama } = window as unknown as {
        wllama: { createChatCompletion(o: object): Promise<AsyncIterable<Chunk>> };
      };
      const stream = await wllama.createChatCompletion({
        messages: [{ role: 'user', content: question }],
        stream: true,
        temperature: 0.6,
        top_p: 0.95,
        top_k: 20,
        max_tokens: 300,
        chat_template_kwargs: { enable_thinking: true },
      });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.reasoning_content ?? '';
      return text;
    }, messages[0]?.content ?? '');
    // The fixture writes its thinking straight after `<think>`; the probe prompt has the line break
    // Qwen3 writes there. Sent back exactly as generated, the thinking comes from the KV cache: the
    // chat request's generated tokens are kept and reused by a raw request.
    const asGenerated = await raw(
      page,
      `${formatQwenPrompt(messages)}<think>${thinking}\n</think>\n\n`,
      { logprobs: true, maxTokens: 1 },
    );
    expect(asGenerated.evaluated ?? Infinity).toBeLessThanOrEqual(8);
    const runs: { step: string; evaluated: number | null; cached: number | null }[] = [];
    for (let round = 1; round <= 3; round++) {
      const probe = probeRequest(messages, thinking);
      if (probe.kind !== 'raw') throw new Error('a probe is a raw request');
      const trial = await raw(page, probe.prompt, {
        logprobs: true,
        stop: probe.stop,
        maxTokens: 16,
      });
      runs.push({ step: `probe ${round}`, evaluated: trial.evaluated, cached: trial.cached });
      const resume = resumeThinkingRequest(messages, thinking, { ...sampling, maxTokens: 100 });
      if (resume.kind !== 'raw') throw new Error('resuming is a raw request');
      const resumed = await raw(page, resume.prompt, { logprobs: false, maxTokens: 100 });
      runs.push({ step: `resume ${round}`, evaluated: resumed.evaluated, cached: resumed.cached });
      thinking += resumed.text;
    }
    test.info().annotations.push({ type: 'kv cache', description: JSON.stringify(runs) });
    // The thinking sent back as text tokenizes to the tokens generated: every request after the
    // first probe (which differs from the cache at the fixture's missing line break) evaluates only
    // its own new tokens (`</think>` and its line ends, or one token).
    for (const run of runs.slice(1))
      expect(run.evaluated ?? Infinity, run.step).toBeLessThanOrEqual(8);
  });

  test('loop fixture: a confident trial answer', async ({ page }) => {
    await openHarness(page);
    await load(page, loopFixture.fileName);
    const probe = probeRequest(messages, loopFixture.thinking.repeat(20));
    if (probe.kind !== 'raw') throw new Error('a probe is a raw request');
    const trial = await raw(page, probe.prompt, {
      logprobs: true,
      stop: probe.stop,
      maxTokens: 16,
    });
    expect(trial.text).toBe(loopFixture.answer);
    expect(trialAnswerConfidence(logprobsOf(trial))).toBeGreaterThan(0.99);
  });

  for (const [fixture, verdict] of [
    [sureDraftFixture, 'keep'],
    [unsureDraftFixture, 'refine'],
  ] as const) {
    test(`${fixture.name}: a draft chat completion's log-probabilities say ${verdict}`, async ({
      page,
    }) => {
      await openHarness(page);
      await load(page, fixture.fileName);
      // As WllamaEngine asks for a draft: a chat completion without thinking, one alternative.
      const draft = await page.evaluate(async (question) => {
        type Chunk = { choices: { delta: { content?: string | null }; logprobs: unknown }[] };
        const { wllama } = window as unknown as {
          wllama: { createChatCompletion(o: object): Promise<AsyncIterable<Chunk>> };
        };
        const stream = await wllama.createChatCompletion({
          messages: [{ role: 'user', content: question }],
          stream: true,
          temperature: 0.7,
          top_p: 0.8,
          top_k: 20,
          max_tokens: 64,
          chat_template_kwargs: { enable_thinking: false },
          logprobs: true,
          top_logprobs: 1,
        });
        const out = { text: '', logprobs: [] as unknown[] };
        for await (const chunk of stream) {
          const choice = chunk.choices[0];
          out.text += choice?.delta.content ?? '';
          if (choice?.logprobs) out.logprobs.push(choice.logprobs);
        }
        return out;
      }, 'What is the capital of Germany?');
      expect(draft.text).toBe(fixture.answer);
      const logprobs = draft.logprobs.flatMap((entry) => readTokenLogprobs(entry) ?? []);
      expect(logprobs.length).toBeGreaterThanOrEqual(7);
      expect(draftVerdict(logprobs).verdict).toBe(verdict);
    });
  }
});
