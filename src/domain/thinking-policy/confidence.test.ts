import { describe, expect, it } from 'vitest';
import { TRIAL_ANSWER_CONFIDENT, draftConfidence, trialAnswerConfidence } from './confidence';
import { DRAFT_KEEP_CONFIDENCE, draftVerdict } from './draft-rule';

const ln = Math.log;

describe('trial answer confidence (DEER: mean token probability)', () => {
  it('is the mean of the token probabilities', () => {
    expect(trialAnswerConfidence([ln(1), ln(0.9), ln(0.8)])).toBeCloseTo(0.9, 10);
  });

  it('one unsure token among a few keeps a short answer below the exit threshold', () => {
    const confidence = trialAnswerConfidence([ln(0.99), ln(0.99), ln(0.6)]) ?? 1;
    expect(confidence).toBeLessThan(TRIAL_ANSWER_CONFIDENT);
  });

  it('is unknown without log-probabilities', () => {
    expect(trialAnswerConfidence([])).toBeNull();
  });
});

describe('draft confidence (geometric mean)', () => {
  it('is exp of the mean log-probability', () => {
    expect(draftConfidence([ln(0.5), ln(0.5)])).toBeCloseTo(0.5, 10);
    expect(draftConfidence([ln(1), ln(0.25)])).toBeCloseTo(0.5, 10);
  });

  it('is not hidden by many certain tokens the way an arithmetic mean is', () => {
    const logprobs = [...Array<number>(18).fill(ln(0.999)), ln(0.05), ln(0.05)];
    const arithmetic = logprobs.reduce((s, l) => s + Math.exp(l), 0) / logprobs.length;
    expect(arithmetic).toBeGreaterThan(DRAFT_KEEP_CONFIDENCE);
    expect(draftConfidence(logprobs)).toBeLessThan(DRAFT_KEEP_CONFIDENCE);
  });
});

describe('draft verdict', () => {
  it('keeps a confident draft and refines an unsure one', () => {
    expect(draftVerdict([ln(0.99), ln(0.98)]).verdict).toBe('keep');
    expect(draftVerdict([ln(0.5), ln(0.5)])).toEqual({ verdict: 'refine', confidence: 0.5 });
  });

  it('refines when the engine reported nothing, as before the rule', () => {
    expect(draftVerdict([])).toEqual({ verdict: 'refine', confidence: null });
  });

  it('treats a draft exactly at the threshold as confident', () => {
    expect(draftVerdict([0], 1).verdict).toBe('keep');
  });
});
