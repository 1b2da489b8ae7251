import { describe, expect, it } from 'vitest';
import { draftVerdict } from '../../src/domain/thinking-policy/draft-rule';
import { trialAnswerConfidence } from '../../src/domain/thinking-policy/confidence';
import { PROBE_MAX_TOKENS } from '../../src/domain/thinking-policy/probe-prompts';
import { DEFAULT_STOP_POLICY } from '../../src/domain/thinking-policy/stop-rule';
import { ThinkingController } from '../../src/domain/thinking-policy/thinking-controller';
import { firstSentenceEnd, type TrialAnswer } from '../../src/domain/thinking-policy/trial-answer';
import { FIXTURE_HPARAMS, buildFixtureModel } from './build-fixture-model';
import {
  settleFixture,
  sureDraftFixture,
  unsureDraftFixture,
  waverFixture,
  type FixtureScript,
} from './fixture-scripts';
import { Q4_0_BLOCK_BYTES, decodeQ4_0 } from './ggml-q4-0';
import { readGguf, tensorBytes } from './gguf-reader';
import { QWEN3_VOCAB_SIZE, loadQwen3Tokenizer } from './qwen3-tokenizer';
import { buildTokenChain } from './token-chain';

const tokenizer = loadQwen3Tokenizer();
const { ids } = tokenizer;
const hidden = FIXTURE_HPARAMS.hiddenSize;
/** The app's top-k (Qwen3's presets): what sampling keeps before top-p. */
const TOP_K = 20;

interface Step {
  token: number;
  /** Log-probability under the full softmax, as llama.cpp reports it. */
  logprob: number;
  /** The token's probability among the top-k candidates, which top-p then sees. */
  topKProbability: number;
}

/** The model's forward pass from the file bytes, with the full softmax llama.cpp reports. */
function simulate(script: FixtureScript, withTopK = false): (lastToken: number) => Step {
  const bytes = buildFixtureModel(script, tokenizer);
  const parsed = readGguf(bytes);
  const matrixBytes = (QWEN3_VOCAB_SIZE * hidden * Q4_0_BLOCK_BYTES) / 32;
  const read = (name: string) =>
    decodeQ4_0(tensorBytes(bytes, parsed, name, matrixBytes), QWEN3_VOCAB_SIZE * hidden);
  const embedding = read('token_embd.weight');
  const output = read('output.weight');
  return (lastToken) => {
    const x = embedding.subarray(lastToken * hidden, (lastToken + 1) * hidden);
    const rms = Math.sqrt(
      x.reduce((sum, v) => sum + v * v, 0) / hidden + FIXTURE_HPARAMS.rmsEpsilon,
    );
    const active = [...x.keys()].filter((i) => x[i] !== 0);
    const logits = new Float64Array(QWEN3_VOCAB_SIZE);
    for (let token = 0; token < QWEN3_VOCAB_SIZE; token++) {
      let logit = 0;
      for (const i of active) logit += (output[token * hidden + i] ?? 0) * ((x[i] ?? 0) / rms);
      logits[token] = logit;
    }
    const max = logits.reduce((a, b) => Math.max(a, b), -Infinity);
    let best = 0;
    let total = 0;
    for (let token = 0; token < QWEN3_VOCAB_SIZE; token++) {
      total += Math.exp((logits[token] ?? 0) - max);
      if ((logits[token] ?? 0) > (logits[best] ?? 0)) best = token;
    }
    // Sorting the whole vocabulary is slow; only the sampling test needs the top-k share.
    const topKTotal = withTopK
      ? Float64Array.from(logits)
          .sort()
          .reverse()
          .slice(0, TOP_K)
          .reduce((sum, logit) => sum + Math.exp(logit - max), 0)
      : Number.NaN;
    return {
      token: best,
      logprob: (logits[best] ?? 0) - max - Math.log(total),
      topKProbability: Math.exp((logits[best] ?? 0) - max) / topKTotal,
    };
  };
}

/** Greedy decoding from `start`, like a probe (top-k 1), up to `limit` tokens or the end. */
function decode(step: (token: number) => Step, start: number, limit: number): Step[] {
  const steps: Step[] = [];
  let current = start;
  while (steps.length < limit) {
    const next = step(current);
    if (next.token === ids.imEnd) break;
    steps.push(next);
    current = next.token;
  }
  return steps;
}

/** The probe as the app runs it: greedy, at most PROBE_MAX_TOKENS, cut at the first sentence. */
function trialAnswer(step: (token: number) => Step): TrialAnswer {
  const steps = decode(step, ids.doubleNewline, PROBE_MAX_TOKENS + 1);
  const ranOut = steps.length > PROBE_MAX_TOKENS;
  const kept = steps.slice(0, PROBE_MAX_TOKENS);
  const text = tokenizer.decode(kept.map((s) => s.token));
  const end = firstSentenceEnd(text);
  return {
    text: end === null ? text : text.slice(0, end),
    logprobs: kept.map((s) => s.logprob),
    ended: end !== null || !ranOut,
  };
}

/** Streams a looping fixture's thinking through the controller until it stops or `limit`. */
function runThinking(script: FixtureScript, step: (token: number) => Step, limit: number) {
  const chain = buildTokenChain(script, tokenizer);
  const controller = new ThinkingController({
    stopWhenSettled: true,
    timeLimitMs: null,
    startedAt: 0,
  });
  const trials: TrialAnswer[] = [];
  for (let tokens = 1; tokens <= limit; tokens++) {
    const id = chain.thinkingTokens[(tokens - 1) % chain.thinkingTokens.length] ?? -1;
    let decision = controller.onThinking(tokenizer.decode([id]), tokens, tokens);
    while (decision.action === 'probe') {
      const trial = trialAnswer(step);
      trials.push(trial);
      decision = controller.onProbe(trial, { tokens: trial.logprobs.length, ms: 0 }, tokens);
    }
    if (decision.action === 'stop') return { decision, trials };
  }
  return { decision: null, trials };
}

describe('probe fixtures', () => {
  it('settle: the same unsure trial answer every time, so it stops as settled at the k-th probe', () => {
    const step = simulate(settleFixture);
    const trial = trialAnswer(step);
    expect(trial.text).toBe(settleFixture.answer);
    expect(trial.ended).toBe(true);
    const confidence = trialAnswerConfidence(trial.logprobs) ?? 1;
    expect(confidence).toBeGreaterThan(0.4);
    expect(confidence).toBeLessThan(0.6);

    const { decision, trials } = runThinking(settleFixture, step, 4096);
    expect(trials).toHaveLength(DEFAULT_STOP_POLICY.sameAnswersInARow);
    expect(decision).toMatchObject({ action: 'stop', reason: 'settled', heldBack: 'Wait,' });
    // The thinking stops at the pause after min + (k − 1)·N tokens: 15-token loop, "," at 10.
    const { minThinkingTokens, probeEveryTokens, sameAnswersInARow } = DEFAULT_STOP_POLICY;
    const due = minThinkingTokens + (sameAnswersInARow - 1) * probeEveryTokens;
    expect(decision?.thinkingTokens).toBeGreaterThanOrEqual(due);
    expect(decision?.thinkingTokens).toBeLessThan(due + 15 * sameAnswersInARow);
    expect(decision?.thinking.endsWith('makes 42. ')).toBe(true);
  }, 60_000);

  it('waver: no trial answer ever ends within a probe, so thinking never stops early', () => {
    const step = simulate(waverFixture);
    const trial = trialAnswer(step);
    expect(trial.ended).toBe(false);
    const { decision, trials } = runThinking(waverFixture, step, 2000);
    expect(decision).toBeNull();
    expect(trials.length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('sure-draft and unsure-draft: the same text, kept and refined by the draft rule', () => {
    for (const [script, verdict] of [
      [sureDraftFixture, 'keep'],
      [unsureDraftFixture, 'refine'],
    ] as const) {
      const step = simulate(script);
      const draft = decode(step, ids.doubleNewline, 100);
      expect(tokenizer.decode(draft.map((s) => s.token))).toBe(script.answer);
      expect(draftVerdict(draft.map((s) => s.logprob)).verdict).toBe(verdict);
    }
  }, 60_000);

  it('unsure tokens stay the only choice under the app sampling (top-k 20, then top-p ≥ 0.8)', () => {
    const step = simulate(unsureDraftFixture, true);
    const draft = decode(step, ids.doubleNewline, 100);
    for (const s of draft) {
      expect(Math.exp(s.logprob)).toBeLessThan(0.6);
      expect(s.topKProbability).toBeGreaterThan(0.98);
    }
  }, 60_000);
});
