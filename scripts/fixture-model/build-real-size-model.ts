import { Q4_0_BLOCK_BYTES, Q4_0_BLOCK_VALUES, float32ToFloat16Bits } from './ggml-q4-0';
import { writeGguf, type GgufTensor } from './gguf-writer';
import { qwen3Metadata } from './qwen3-metadata';
import { QWEN3_VOCAB_SIZE, loadQwen3Tokenizer, type Qwen3Tokenizer } from './qwen3-tokenizer';

/**
 * Qwen3-0.6B's architecture and tensor shapes (its config.json), with tied embeddings: there is
 * no `output.weight`, llama.cpp reads `token_embd` for the logits, as for the real model.
 */
export const QWEN3_0_6B_HPARAMS = {
  blockCount: 28,
  hiddenSize: 1024,
  headCount: 16,
  headCountKv: 8,
  headDim: 128,
  feedForward: 3072,
  contextLength: 40960,
  rmsEpsilon: 1e-6,
  ropeFreqBase: 1_000_000,
} as const;

export type RealSizeHparams = { [K in keyof typeof QWEN3_0_6B_HPARAMS]: number };

/** Qwen3-1.7B's and Qwen3-4B's shapes (their config.json; both tie their embeddings too). */
export const REAL_SIZE_SHAPES = {
  '0.6b': QWEN3_0_6B_HPARAMS,
  '1.7b': { ...QWEN3_0_6B_HPARAMS, hiddenSize: 2048, feedForward: 6144 },
  '4b': {
    ...QWEN3_0_6B_HPARAMS,
    blockCount: 36,
    hiddenSize: 2560,
    headCount: 32,
    feedForward: 9728,
  },
} as const satisfies Record<string, RealSizeHparams>;
export type RealSizeShape = keyof typeof REAL_SIZE_SHAPES;

/** Small scales keep the activations finite through 28 blocks of random weights. */
const WEIGHT_SCALE = 0.004;

/** A deterministic xorshift32 stream of bytes: the same file on every run, fast to make. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  const words = new Uint32Array(out.buffer, 0, length >>> 2);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  for (let i = words.length * 4; i < length; i++) out[i] = i & 0xff;
  return out;
}

/** What a tensor holds: random Q4_0 blocks (with their seed) or F32 ones (the norms). */
export interface RealSizeTensorSpec {
  name: string;
  dims: number[];
  fill: { kind: 'random-q4_0'; seed: number } | { kind: 'ones' };
}

/** Q4_0 blocks with random quants and one small scale: what a quantised matrix costs to run. */
function randomQ4_0(values: number, seed: number): Uint8Array {
  const blocks = values / Q4_0_BLOCK_VALUES;
  const data = randomBytes(blocks * Q4_0_BLOCK_BYTES, seed);
  const scale = float32ToFloat16Bits(WEIGHT_SCALE);
  const view = new DataView(data.buffer);
  for (let block = 0; block < blocks; block++)
    view.setUint16(block * Q4_0_BLOCK_BYTES, scale, true);
  return data;
}

function tensor(spec: RealSizeTensorSpec): GgufTensor {
  const values = spec.dims.reduce((product, dim) => product * dim, 1);
  return spec.fill.kind === 'ones'
    ? { name: spec.name, type: 'F32', dims: spec.dims, data: new Float32Array(values).fill(1) }
    : { name: spec.name, type: 'Q4_0', dims: spec.dims, data: randomQ4_0(values, spec.fill.seed) };
}

let nextSeed = 1;
const q4 = (name: string, dims: number[]): RealSizeTensorSpec => ({
  name,
  dims,
  fill: { kind: 'random-q4_0', seed: nextSeed++ },
});
const ones = (name: string, size: number): RealSizeTensorSpec => ({
  name,
  dims: [size],
  fill: { kind: 'ones' },
});

/** The tensors of the model, in file order (shapes in ggml order: dims[0] is the row). */
export function realSizeTensorSpecs(
  hp: RealSizeHparams = QWEN3_0_6B_HPARAMS,
): RealSizeTensorSpec[] {
  const { hiddenSize, headDim, feedForward } = hp;
  nextSeed = 1;
  const specs = [q4('token_embd.weight', [hiddenSize, QWEN3_VOCAB_SIZE])];
  for (let block = 0; block < hp.blockCount; block++) {
    const p = `blk.${block}`;
    specs.push(
      ones(`${p}.attn_norm.weight`, hiddenSize),
      q4(`${p}.attn_q.weight`, [hiddenSize, hp.headCount * headDim]),
      q4(`${p}.attn_k.weight`, [hiddenSize, hp.headCountKv * headDim]),
      q4(`${p}.attn_v.weight`, [hiddenSize, hp.headCountKv * headDim]),
      q4(`${p}.attn_output.weight`, [hp.headCount * headDim, hiddenSize]),
      ones(`${p}.attn_q_norm.weight`, headDim),
      ones(`${p}.attn_k_norm.weight`, headDim),
      ones(`${p}.ffn_norm.weight`, hiddenSize),
      q4(`${p}.ffn_gate.weight`, [hiddenSize, feedForward]),
      q4(`${p}.ffn_up.weight`, [hiddenSize, feedForward]),
      q4(`${p}.ffn_down.weight`, [feedForward, hiddenSize]),
    );
  }
  specs.push(ones('output_norm.weight', hiddenSize));
  return specs;
}

/** Bytes of the tensor data (without header and padding). */
export function tensorDataBytes(spec: RealSizeTensorSpec): number {
  const values = spec.dims.reduce((product, dim) => product * dim, 1);
  return spec.fill.kind === 'ones' ? values * 4 : (values / Q4_0_BLOCK_VALUES) * Q4_0_BLOCK_BYTES;
}

function metadata(tokenizer: Qwen3Tokenizer, shape: RealSizeShape) {
  const name = `MindSwitch Qwen3-${shape.toUpperCase()} shape, random Q4_0 weights`;
  return qwen3Metadata(name, REAL_SIZE_SHAPES[shape], tokenizer);
}

/**
 * A GGUF of Qwen3-0.6B's exact shapes (28 blocks, hidden 1024, 16 query and 8 KV heads of 128,
 * FFN 3072, vocabulary 151,936, tied embeddings) with the real tokenizer and chat template and
 * random Q4_0 weights: decoding speed and memory are those of the real model, the text is noise.
 */
export function buildRealSizeModel(
  tokenizer: Qwen3Tokenizer = loadQwen3Tokenizer(),
  shape: RealSizeShape = '0.6b',
): Uint8Array {
  return writeGguf({
    metadata: metadata(tokenizer, shape),
    tensors: realSizeTensorSpecs(REAL_SIZE_SHAPES[shape]).map(tensor),
  });
}
