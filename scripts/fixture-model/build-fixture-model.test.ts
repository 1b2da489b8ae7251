import { describe, expect, it } from 'vitest';
import { THINK_LONGER_NUDGE } from '../../src/domain/thinking-policy/probe-prompts';
import { FIXTURE_HPARAMS, buildFixtureModel } from './build-fixture-model';
import { chatFixture, loopFixture, strayByteFixture, type FixtureScript } from './fixture-scripts';
import { Q4_0_BLOCK_BYTES, decodeQ4_0 } from './ggml-q4-0';
import { readGguf, tensorBytes, type GgufParsed } from './gguf-reader';
import { GgmlType } from './gguf-writer';
import { QWEN3_VOCAB_SIZE, TokenType, loadQwen3Tokenizer } from './qwen3-tokenizer';

const tokenizer = loadQwen3Tokenizer();
const { ids } = tokenizer;
const hidden = FIXTURE_HPARAMS.hiddenSize;

/** Re-implements the model's forward pass from the file bytes (zero attention/FFN, one block). */
function loadSimulator(bytes: Uint8Array, parsed: GgufParsed) {
  const matrixBytes = (QWEN3_VOCAB_SIZE * hidden * Q4_0_BLOCK_BYTES) / 32;
  const read = (name: string) =>
    decodeQ4_0(tensorBytes(bytes, parsed, name, matrixBytes), QWEN3_VOCAB_SIZE * hidden);
  const embedding = read('token_embd.weight');
  const output = read('output.weight');
  return (lastToken: number): { best: number; margin: number } => {
    const x = embedding.subarray(lastToken * hidden, (lastToken + 1) * hidden);
    const rms = Math.sqrt(
      x.reduce((sum, v) => sum + v * v, 0) / hidden + FIXTURE_HPARAMS.rmsEpsilon,
    );
    let best = -1;
    let bestLogit = -Infinity;
    let second = -Infinity;
    // Zero activations contribute nothing, so only the non-zero axes are summed.
    const active = [...x.keys()].filter((i) => x[i] !== 0);
    for (let token = 0; token < QWEN3_VOCAB_SIZE; token++) {
      let logit = 0;
      for (const i of active) logit += (output[token * hidden + i] ?? 0) * ((x[i] ?? 0) / rms);
      if (logit > bestLogit) {
        second = bestLogit;
        bestLogit = logit;
        best = token;
      } else if (logit > second) {
        second = logit;
      }
    }
    return { best, margin: bestLogit - second };
  };
}

function generate(
  step: (token: number) => { best: number; margin: number },
  start: number,
  limit: number,
) {
  const emitted: number[] = [];
  let minMargin = Infinity;
  let current = start;
  while (emitted.length < limit && current !== ids.imEnd) {
    const { best, margin } = step(current);
    minMargin = Math.min(minMargin, margin);
    emitted.push(best);
    current = best;
  }
  return { text: tokenizer.decode(emitted), minMargin };
}

describe('buildFixtureModel', () => {
  const bytes = buildFixtureModel(chatFixture, tokenizer);
  const parsed = readGguf(bytes);

  it('writes qwen3 hyper-parameters and the real Qwen3 tokenizer', () => {
    const meta = parsed.metadata;
    expect(meta.get('general.architecture')).toBe('qwen3');
    expect(meta.get('qwen3.embedding_length')).toBe(hidden);
    expect(meta.get('qwen3.block_count')).toBe(1);
    expect(meta.get('tokenizer.ggml.model')).toBe('gpt2');
    expect(meta.get('tokenizer.ggml.pre')).toBe('qwen2');
    expect(meta.get('tokenizer.ggml.eos_token_id')).toBe(151645);
    expect(meta.get('tokenizer.ggml.bos_token_id')).toBe(151643);
    expect(meta.get('tokenizer.ggml.add_bos_token')).toBe(false);
    expect(meta.get('tokenizer.chat_template')).toContain('enable_thinking');
    const tokens = meta.get('tokenizer.ggml.tokens');
    const types = meta.get('tokenizer.ggml.token_type');
    if (!Array.isArray(tokens) || !Array.isArray(types)) throw new Error('missing vocab');
    expect(tokens).toHaveLength(QWEN3_VOCAB_SIZE);
    const sampleIds = [198, 151645, 151659, 151667, 151669, QWEN3_VOCAB_SIZE - 1];
    expect(sampleIds.map((id) => [tokens[id], types[id]])).toEqual([
      ['Ċ', TokenType.normal],
      ['<|im_end|>', TokenType.control],
      ['<|fim_prefix|>', TokenType.control],
      ['<think>', TokenType.userDefined],
      ['[PAD151669]', TokenType.unused],
      [`[PAD${QWEN3_VOCAB_SIZE - 1}]`, TokenType.unused],
    ]);
    expect(meta.get('tokenizer.ggml.merges')).toHaveLength(tokenizer.merges.length);
  });

  it('stores the two vocab-sized matrices as Q4_0 and the rest as F32', () => {
    const types = Object.fromEntries(parsed.tensors.map((t) => [t.name, t.type]));
    expect(types['token_embd.weight']).toBe(GgmlType.Q4_0);
    expect(types['output.weight']).toBe(GgmlType.Q4_0);
    expect(parsed.tensors).toHaveLength(14);
    expect(parsed.tensors.filter((t) => t.type === GgmlType.F32)).toHaveLength(12);
    expect(parsed.tensors.every((t) => t.offset % 32 === 0)).toBe(true);
  });

  it('generates the script from the file weights with a wide logit margin', () => {
    const step = loadSimulator(bytes, parsed);
    const on = generate(step, ids.newline, 100);
    expect(on.text).toBe(
      `<think>${chatFixture.thinking}\n</think>\n\n${chatFixture.answer}<|im_end|>`,
    );
    expect(on.minMargin).toBeGreaterThan(45);
    expect(generate(step, ids.doubleNewline, 100).text).toBe(`${chatFixture.answer}<|im_end|>`);
  });

  it('keeps the loop fixture thinking until the app closes it', () => {
    const loopBytes = buildFixtureModel(loopFixture, tokenizer);
    const step = loadSimulator(loopBytes, readGguf(loopBytes));
    expect(generate(step, ids.newline, 16).text).toBe(`<think>${loopFixture.thinking.repeat(3)}`);
    expect(generate(step, ids.thinkClose, 100).text).toBe(`\n\n${loopFixture.answer}<|im_end|>`);
    // "Think longer" appends s1's nudge where the early stop held back no word: it thinks on.
    const nudge = tokenizer.encode(`${loopFixture.thinking} ${THINK_LONGER_NUDGE}`).at(-1) ?? -1;
    const thinkingOn = generate(step, nudge, 2 * tokenizer.encode(loopFixture.thinking).length);
    expect(thinkingOn.text).toBe(loopFixture.thinking.repeat(2));
    expect(thinkingOn.minMargin).toBeGreaterThan(45);
  }, 30_000);

  it('prefers a stray byte in the stray-byte fixture, with the real word as a close runner-up', () => {
    const strayBytes = buildFixtureModel(strayByteFixture, tokenizer);
    const step = loadSimulator(strayBytes, readGguf(strayBytes));
    const answer = generate(step, ids.doubleNewline, 100);
    // The lone byte decodes to U+FFFD; after it the model goes on as after " here".
    expect(answer.text).toBe(`${strayByteFixture.answer.replace(' here', '\uFFFD')}<|im_end|>`);
    // 50 against 40: the runner-up is there, far above every other token.
    expect(answer.minMargin).toBeGreaterThan(5);
    expect(answer.minMargin).toBeLessThan(15);
  }, 30_000);

  it('refuses scripts with more distinct tokens than hidden axes', () => {
    const words = tokenizer.tokens
      .filter((piece) => /^Ġ[a-z]{6,}$/.test(piece))
      .map((piece) => piece.replace('Ġ', ' '))
      .filter((word) => tokenizer.encode(word).length === 1)
      .slice(0, hidden);
    const long: FixtureScript = { ...chatFixture, answer: words.join('') };
    expect(() => buildFixtureModel(long, tokenizer)).toThrow(/room for 64/);
  });
});
