import { describe, expect, it } from 'vitest';
import { DEFAULT_STOP_POLICY, judgeProbes } from './stop-rule';
import type { TrialAnswer } from './trial-answer';

const sure = (text: string): TrialAnswer => ({ text, logprobs: [-0.001, -0.002], ended: true });
const unsure = (text: string): TrialAnswer => ({ text, logprobs: [Math.log(0.5)], ended: true });

describe('judgeProbes', () => {
  it('stops on a confident, conclusive trial answer (DEER)', () => {
    expect(judgeProbes([sure('42.')]).stop).toBe('confident');
  });

  it('does not stop on a confident answer that ran out of tokens or hesitates', () => {
    expect(judgeProbes([{ ...sure('The total of all'), ended: false }]).stop).toBeNull();
    expect(judgeProbes([sure('Wait, 42.')]).stop).toBeNull();
  });

  it('stops once k unsure answers in a row agree (Dynasor-CoT), not before', () => {
    const k = DEFAULT_STOP_POLICY.sameAnswersInARow;
    const trials = Array.from({ length: k }, () => unsure('It is 42.'));
    expect(judgeProbes(trials.slice(0, k - 1)).stop).toBeNull();
    expect(judgeProbes(trials).stop).toBe('settled');
  });

  it('compares normalised answers', () => {
    const trials = [unsure('It is 42.'), unsure('**it is 42**'), unsure('It  is 42!')];
    expect(judgeProbes(trials).stop).toBe('settled');
  });

  it('needs the agreeing answers to be consecutive and conclusive', () => {
    const broken = [unsure('42.'), unsure('41.'), unsure('42.'), unsure('42.')];
    expect(judgeProbes(broken).stop).toBeNull();
    const withIncomplete = [unsure('42.'), { ...unsure('42.'), ended: false }, unsure('42.')];
    expect(judgeProbes(withIncomplete).stop).toBeNull();
  });

  it('falls back to agreement alone where the engine gives no log-probabilities', () => {
    const bare = (text: string): TrialAnswer => ({ text, logprobs: [], ended: true });
    const verdict = judgeProbes([bare('42.'), bare('42.'), bare('42.')]);
    expect(verdict).toEqual({ stop: 'settled', confidence: null, conclusive: true });
  });
});
