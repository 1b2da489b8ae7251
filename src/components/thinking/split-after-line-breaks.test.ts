import { describe, expect, it } from 'vitest';
import { splitAfterLineBreaks } from './split-after-line-breaks';

describe('splitAfterLineBreaks', () => {
  it('ends each piece after its run of line breaks, and the pieces join to the text', () => {
    const text = 'First step.\nSecond step.\n\nThird\n\n\nlast';
    const pieces = splitAfterLineBreaks(text);
    expect(pieces).toEqual(['First step.\n', 'Second step.\n\n', 'Third\n\n\n', 'last']);
    expect(pieces.join('')).toBe(text);
  });

  it('keeps trailing line breaks with the last piece (more text may still follow them)', () => {
    expect(splitAfterLineBreaks('one\ntwo\n\n')).toEqual(['one\n', 'two\n\n']);
  });

  it('gives one piece for text without line breaks, and for empty text', () => {
    expect(splitAfterLineBreaks('no breaks here')).toEqual(['no breaks here']);
    expect(splitAfterLineBreaks('')).toEqual(['']);
  });

  it('leaves every piece but the last unchanged while the text grows at its end', () => {
    const grown = splitAfterLineBreaks('a\nb\nc is growing');
    const before = splitAfterLineBreaks('a\nb\nc is');
    expect(grown.slice(0, -1)).toEqual(before.slice(0, -1));
  });
});

describe('splitAfterLineBreaks with a longest piece', () => {
  it('ends a long line after the first space past the limit', () => {
    const text = 'aaaa bbbb cccc dddd';
    const pieces = splitAfterLineBreaks(text, 6);
    expect(pieces).toEqual(['aaaa bbbb ', 'cccc dddd']);
    expect(pieces.join('')).toBe(text);
  });

  it('still ends pieces at line breaks that come first', () => {
    expect(splitAfterLineBreaks('ab\ncdefgh ijk lmn', 4)).toEqual(['ab\n', 'cdefgh ', 'ijk lmn']);
  });

  it('keeps a looping thought in pieces of bounded size that stay put as it grows', () => {
    const loop = ' Still thinking in circles...';
    const text = loop.repeat(400);
    const pieces = splitAfterLineBreaks(text, 1000);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1000 + loop.length);
    const grown = splitAfterLineBreaks(text + loop.repeat(3), 1000);
    expect(grown.slice(0, pieces.length - 1)).toEqual(pieces.slice(0, -1));
  });
});

describe('splitAfterLineBreaks at the end of a sentence', () => {
  it('ends a long line after a sentence that ends soon after the limit, not at the first space', () => {
    const text = 'aaaa bbbb cc. ddd eeee ff. ggg';
    expect(splitAfterLineBreaks(text, 10)).toEqual(['aaaa bbbb cc. ', 'ddd eeee ff. ', 'ggg']);
    expect(splitAfterLineBreaks('一二三四五六七。八九十。十一', 6)).toEqual([
      '一二三四五六七。',
      '八九十。十一',
    ]);
  });

  it('takes the first space when no sentence ends soon enough, and waits until it knows', () => {
    expect(splitAfterLineBreaks('aaaa bbbb cccc dddd. eeee', 6)).toEqual([
      'aaaa bbbb ',
      'cccc dddd. ',
      'eeee',
    ]);
    // A sentence may still end within half the limit past it: the piece stays open until then.
    expect(splitAfterLineBreaks('aaaaaa b', 6)).toEqual(['aaaaaa b']);
    expect(splitAfterLineBreaks('aaaaaa bb', 6)).toEqual(['aaaaaa ', 'bb']);
  });

  it('keeps the pieces of a growing thought put at every length', () => {
    const text = 'We need the sum. Then check it again, carefully and slowly! '.repeat(40);
    const final = splitAfterLineBreaks(text, 200);
    for (let length = 1; length < text.length; length += 7) {
      const pieces = splitAfterLineBreaks(text.slice(0, length), 200);
      expect(pieces.slice(0, -1)).toEqual(final.slice(0, pieces.length - 1));
    }
  });
});

describe('splitAfterLineBreaks on text without spaces', () => {
  it('cuts at twice the limit, never inside a surrogate pair, and the pieces stay put', () => {
    const text = '我们先算一下这个问题'.repeat(50);
    const pieces = splitAfterLineBreaks(text, 100);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBe(200);
    const grown = splitAfterLineBreaks(text + '然后', 100);
    expect(grown.slice(0, pieces.length - 1)).toEqual(pieces.slice(0, -1));

    const emoji = 'a' + '😀'.repeat(10);
    const cut = splitAfterLineBreaks(emoji, 4);
    expect(cut.join('')).toBe(emoji);
    expect(cut[0]).toBe('a😀😀😀');
  });

  it('prefers a line break or a space before the hard cut', () => {
    expect(splitAfterLineBreaks('abcdefg hijklmnopqrstuvwxyz', 4)).toEqual([
      'abcdefg ',
      'hijklmno',
      'pqrstuvw',
      'xyz',
    ]);
    expect(splitAfterLineBreaks('abc\ndefghijklm', 4)).toEqual(['abc\n', 'defghijk', 'lm']);
  });
});
