import { describe, expect, it } from 'vitest';
import { realSizeTensorSpecs, tensorDataBytes } from './build-real-size-model';

describe('real-size model', () => {
  const specs = realSizeTensorSpecs();
  const shape = (name: string) => specs.find((t) => t.name === name)?.dims;

  it("has Qwen3-0.6B's tensor shapes, with tied embeddings", () => {
    expect(shape('token_embd.weight')).toEqual([1024, 151936]);
    expect(shape('output.weight')).toBeUndefined();
    expect(shape('blk.27.attn_q.weight')).toEqual([1024, 2048]);
    expect(shape('blk.27.attn_k.weight')).toEqual([1024, 1024]);
    expect(shape('blk.27.attn_q_norm.weight')).toEqual([128]);
    expect(shape('blk.0.ffn_down.weight')).toEqual([3072, 1024]);
    expect(shape('blk.28.attn_q.weight')).toBeUndefined();
    expect(specs).toHaveLength(28 * 11 + 2);
  });

  it('holds about 340 MB of weights, every matrix from its own random stream', () => {
    const bytes = specs.reduce((sum, spec) => sum + tensorDataBytes(spec), 0);
    expect(bytes).toBeGreaterThan(330e6);
    expect(bytes).toBeLessThan(350e6);
    const seeds = specs.flatMap((s) => (s.fill.kind === 'random-q4_0' ? [s.fill.seed] : []));
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});
