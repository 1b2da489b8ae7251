import { describe, expect, it } from 'vitest';
import { findPausePoint, hesitates } from './pause-points';

describe('findPausePoint', () => {
  it('finds a transition word that starts a sentence, cutting before it', () => {
    const thinking = 'So 6 times 7 is 42. Wait, let me check.';
    const at = thinking.indexOf('Wait');
    expect(findPausePoint(thinking, 0)).toEqual({ at, seenAt: at + 5, kind: 'transition' });
  });

  it('knows the German transition words Qwen3 uses when it thinks in German', () => {
    for (const word of ['Moment', 'Warte', 'Alternativ', 'Andererseits', 'Lass mich']) {
      const thinking = `Das ergibt 42. ${word}, ich prüfe das.`;
      expect(findPausePoint(thinking, 0)?.at).toBe(thinking.indexOf(word));
    }
  });

  it('finds English ones at the start of a line and of the thinking', () => {
    expect(findPausePoint('Hmm, tricky.', 0)).toMatchObject({ at: 0, kind: 'transition' });
    const thinking = 'First idea.\nAlternatively we could add.';
    expect(findPausePoint(thinking, 0)?.at).toBe(thinking.indexOf('Alternatively'));
  });

  it('does not take a word inside a sentence or a longer word', () => {
    expect(findPausePoint('I will wait for it, then go.', 0)).toBeNull();
    expect(findPausePoint('Done. Waiting is not needed.', 0)).toBeNull();
  });

  it('waits for the character after a word before calling it one', () => {
    expect(findPausePoint('So 42. Wait', 0)).toBeNull();
    expect(findPausePoint('So 42. Wait,', 0)?.at).toBe(7);
  });

  it('takes a paragraph break once text follows it', () => {
    expect(findPausePoint('One step.\n\n', 0)).toBeNull();
    expect(findPausePoint('One step.\n\nNext', 0)).toEqual({
      at: 9,
      seenAt: 12,
      kind: 'paragraph',
    });
  });

  it('takes only pauses shown after `from`, the earliest first', () => {
    const thinking = 'A. Wait, b.\n\nC. Hmm, d.';
    // "Wait" is shown by its comma (index 7): text up to 8 shows it, so from 8 on it is old.
    expect(findPausePoint(thinking, 7)?.at).toBe(3);
    expect(findPausePoint(thinking, 8)).toMatchObject({ at: 11, kind: 'paragraph' });
    expect(findPausePoint(thinking, 14)?.at).toBe(thinking.indexOf('Hmm'));
  });
});

describe('hesitates', () => {
  it('recognises a hesitating trial answer in English and German', () => {
    expect(hesitates('Wait, I am not sure.')).toBe(true);
    expect(hesitates('Hmm.')).toBe(true);
    expect(hesitates('Warte, das stimmt nicht.')).toBe(true);
    expect(hesitates('The answer is 42.')).toBe(false);
    expect(hesitates('Please await the result.')).toBe(false);
  });
});
