import { describe, expect, it } from 'vitest';
import { firstSentenceEnd, isConclusive, normalizeTrialAnswer } from './trial-answer';

describe('firstSentenceEnd', () => {
  it('ends at a sentence mark followed by whitespace, or at a line end', () => {
    expect(firstSentenceEnd('It is 42. Because')).toBe(9);
    expect(firstSentenceEnd('Paris\nThe capital')).toBe(5);
    expect(firstSentenceEnd('Ja! Genau')).toBe(3);
  });

  it('does not end at a decimal point or while the mark may still be followed by a digit', () => {
    expect(firstSentenceEnd('Pi is 3.14 roughly')).toBeNull();
    expect(firstSentenceEnd('It is 42.')).toBeNull();
  });

  it('ignores leading whitespace before the answer', () => {
    expect(firstSentenceEnd('\n\nIt is 42. Yes')).toBe(11);
  });
});

describe('normalizeTrialAnswer', () => {
  it('compares answers without case, markdown, spacing or the final mark', () => {
    expect(normalizeTrialAnswer('**The answer is 42.**')).toBe('the answer is 42');
    expect(normalizeTrialAnswer('the  answer is\n42')).toBe('the answer is 42');
    expect(normalizeTrialAnswer('„Ja!“')).toBe('ja');
  });
});

describe('isConclusive', () => {
  it('needs an ended, non-empty answer that does not hesitate', () => {
    const trial = { text: 'It is 42.', logprobs: [], ended: true };
    expect(isConclusive(trial)).toBe(true);
    expect(isConclusive({ ...trial, ended: false })).toBe(false);
    expect(isConclusive({ ...trial, text: ' . ' })).toBe(false);
    expect(isConclusive({ ...trial, text: 'Wait, maybe 41.' })).toBe(false);
  });
});
