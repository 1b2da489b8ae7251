import type { FixtureScript } from './fixture-scripts';
import { encodeQ4_0 } from './ggml-q4-0';
import { writeGguf, type GgufTensor } from './gguf-writer';
import { qwen3Metadata } from './qwen3-metadata';
import { QWEN3_VOCAB_SIZE, loadQwen3Tokenizer, type Qwen3Tokenizer } from './qwen3-tokenizer';
import { buildTokenChain, type TokenChain } from './token-chain';

/**
 * One-block qwen3 model whose attention and FFN weights are all zero, so the final hidden state
 * is the last token's embedding. Every chain token embeds to its own axis, and the output row of
 * its successor reads that axis, so the next token wins by a logit gap of about 50.
 */
export const FIXTURE_HPARAMS = {
  hiddenSize: 64,
  headCount: 2,
  headCountKv: 2,
  headDim: 32,
  feedForward: 64,
  contextLength: 4096,
  rmsEpsilon: 1e-6,
  ropeFreqBase: 1_000_000,
} as const;

const EMBEDDING_VALUE = 1;
/** After RMSNorm the embedding axis reads sqrt(64) = 8, so the winning logit is 8 * 6.25 = 50. */
export const OUTPUT_WEIGHT = 6.25;
/** A runner-up logit of 40: far above every other token, below the winner. */
const RUNNER_UP_WEIGHT = 5;
/** An unsure answer token's logit: 20, still far above the 151,936 tokens at 0 (e^20 ≈ 5e8). */
const UNSURE_WEIGHT = 2.5;
/** How many tokens share the other half of an unsure token's probability. */
export const SPREAD_TOKEN_COUNT = 2000;
/** Each spread token's logit, 20 − ln 2000: together they weigh as much as the answer token. */
const SPREAD_WEIGHT = (8 * UNSURE_WEIGHT - Math.log(SPREAD_TOKEN_COUNT)) / 8;
/** The first id of the spread tokens (plain words, far from special tokens). */
const SPREAD_FIRST_ID = 20_000;

export function buildFixtureModel(
  script: FixtureScript,
  tokenizer: Qwen3Tokenizer = loadQwen3Tokenizer(),
): Uint8Array {
  const chain = buildTokenChain(script, tokenizer);
  const { hiddenSize } = FIXTURE_HPARAMS;
  if (chain.next.size > hiddenSize) {
    throw new Error(
      `Fixture "${script.name}" needs ${chain.next.size} distinct tokens; the model has room ` +
        `for ${hiddenSize}. Shorten its text.`,
    );
  }
  const { embedding, output } = chainMatrices(chain, script.unsureAnswer === true);
  return writeGguf({
    metadata: metadata(script, tokenizer),
    tensors: [
      {
        name: 'token_embd.weight',
        type: 'Q4_0',
        dims: [hiddenSize, QWEN3_VOCAB_SIZE],
        data: embedding,
      },
      ...blockTensors(),
      f32('output_norm.weight', [hiddenSize], 1),
      { name: 'output.weight', type: 'Q4_0', dims: [hiddenSize, QWEN3_VOCAB_SIZE], data: output },
    ],
  });
}

/** Tokens that take the other half of an unsure token's probability; never in the chain. */
export function spreadTokens(chain: TokenChain): number[] {
  const used = new Set([...chain.next.keys(), ...chain.next.values()]);
  const spread: number[] = [];
  for (let id = SPREAD_FIRST_ID; spread.length < SPREAD_TOKEN_COUNT; id++) {
    if (!used.has(id)) spread.push(id);
  }
  return spread;
}

function chainMatrices(
  chain: TokenChain,
  unsureAnswer: boolean,
): { embedding: Uint8Array; output: Uint8Array } {
  const { hiddenSize } = FIXTURE_HPARAMS;
  const embedding = new Float32Array(QWEN3_VOCAB_SIZE * hiddenSize);
  const output = new Float32Array(QWEN3_VOCAB_SIZE * hiddenSize);
  const unsure = new Set(unsureAnswer ? chain.answerTokens : []);
  const spread = unsureAnswer ? spreadTokens(chain) : [];
  let axis = 0;
  for (const [from, to] of chain.next) {
    embedding[from * hiddenSize + axis] = EMBEDDING_VALUE;
    output[to * hiddenSize + axis] = unsure.has(to) ? UNSURE_WEIGHT : OUTPUT_WEIGHT;
    if (unsure.has(to)) {
      for (const id of spread) output[id * hiddenSize + axis] = SPREAD_WEIGHT;
    }
    if (chain.stray && to === chain.stray.runnerUp) {
      // The stray byte wins here; after it the model goes on as if it had written the runner-up.
      output[chain.stray.token * hiddenSize + axis] = OUTPUT_WEIGHT;
      output[to * hiddenSize + axis] = RUNNER_UP_WEIGHT;
    }
    if (chain.stray && from === chain.stray.runnerUp) {
      embedding[chain.stray.token * hiddenSize + axis] = EMBEDDING_VALUE;
    }
    axis++;
  }
  return { embedding: encodeQ4_0(embedding), output: encodeQ4_0(output) };
}

function blockTensors(): GgufTensor[] {
  const { hiddenSize, headCount, headCountKv, headDim, feedForward } = FIXTURE_HPARAMS;
  return [
    f32('blk.0.attn_norm.weight', [hiddenSize], 1),
    f32('blk.0.attn_q.weight', [hiddenSize, headCount * headDim], 0),
    f32('blk.0.attn_k.weight', [hiddenSize, headCountKv * headDim], 0),
    f32('blk.0.attn_v.weight', [hiddenSize, headCountKv * headDim], 0),
    f32('blk.0.attn_output.weight', [headCount * headDim, hiddenSize], 0),
    f32('blk.0.attn_q_norm.weight', [headDim], 1),
    f32('blk.0.attn_k_norm.weight', [headDim], 1),
    f32('blk.0.ffn_norm.weight', [hiddenSize], 1),
    f32('blk.0.ffn_gate.weight', [hiddenSize, feedForward], 0),
    f32('blk.0.ffn_up.weight', [hiddenSize, feedForward], 0),
    f32('blk.0.ffn_down.weight', [feedForward, hiddenSize], 0),
  ];
}

function f32(name: string, dims: number[], fill: number): GgufTensor {
  const size = dims.reduce((product, dim) => product * dim, 1);
  return { name, type: 'F32', dims, data: new Float32Array(size).fill(fill) };
}

function metadata(script: FixtureScript, tokenizer: Qwen3Tokenizer) {
  const hp = FIXTURE_HPARAMS;
  const shape = { ...hp, blockCount: 1, contextLength: script.contextLength ?? hp.contextLength };
  return qwen3Metadata(`MindSwitch fixture ${script.name}`, shape, tokenizer);
}
