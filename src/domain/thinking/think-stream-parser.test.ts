import { describe, expect, it } from 'vitest';
import { ThinkStreamParser, type ThinkSegment } from './think-stream-parser';

function run(chunks: string[]) {
  const parser = new ThinkStreamParser();
  const segments: ThinkSegment[] = [];
  for (const chunk of chunks) segments.push(...parser.push(chunk));
  segments.push(...parser.end());
  let thinking = '';
  let answer = '';
  let closed = false;
  for (const s of segments) {
    if (s.channel === 'thinking') thinking += s.text;
    else if (s.channel === 'answer') answer += s.text;
    else closed = true;
  }
  return { thinking, answer, closed };
}

/** Every way of cutting `text` into two or three chunks. */
function splits(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i <= text.length; i++) {
    for (let j = i; j <= text.length; j += 3) {
      out.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
    }
  }
  return out;
}

describe('ThinkStreamParser', () => {
  const raw = '<think>\nLet me add 2 and 2.\nThat is 4.\n</think>\n\nThe answer is **4**.';

  it('separates thinking from the answer', () => {
    expect(run([raw])).toEqual({
      thinking: 'Let me add 2 and 2.\nThat is 4.',
      answer: 'The answer is **4**.',
      closed: true,
    });
  });

  it('gives the same result whatever the chunk boundaries, tags cut anywhere', () => {
    for (const chunks of splits(raw)) {
      expect(run(chunks)).toEqual(run([raw]));
    }
  });

  it('handles one character at a time', () => {
    expect(run([...raw])).toEqual(run([raw]));
  });

  it('handles an empty think block (thinking switched off)', () => {
    expect(run(['<think>\n\n</think>\n\n', 'Hi there.'])).toEqual({
      thinking: '',
      answer: 'Hi there.',
      closed: true,
    });
  });

  it('treats text without a think block as the answer', () => {
    expect(run(['Just ', 'an answer.'])).toEqual({
      thinking: '',
      answer: 'Just an answer.',
      closed: false,
    });
  });

  it('does not mistake a "<" at the start of an answer for a tag forever', () => {
    expect(run(['<b', 'old> text'])).toEqual({
      thinking: '',
      answer: '<bold> text',
      closed: false,
    });
    expect(run(['<thi'])).toEqual({ thinking: '', answer: '<thi', closed: false });
  });

  it('keeps thinking whose close tag never came (stopped or cut off)', () => {
    expect(run(['<think>\nStill going', ' and going</thi'])).toEqual({
      thinking: 'Still going and going</thi',
      answer: '',
      closed: false,
    });
  });

  it('keeps text after </think> including later angle brackets', () => {
    expect(run(['<think>x</think>', 'a < b and </think> again'])).toEqual({
      thinking: 'x',
      answer: 'a < b and </think> again',
      closed: true,
    });
  });

  it('streams thinking before the close tag arrives', () => {
    const parser = new ThinkStreamParser();
    expect(parser.push('<think>\nStep one')).toEqual([{ channel: 'thinking', text: 'Step one' }]);
    expect(parser.isThinking).toBe(true);
    expect(parser.push(' and two</')).toEqual([{ channel: 'thinking', text: ' and two' }]);
    expect(parser.push('think>\n\nDone')).toEqual([
      { channel: 'thinking-closed' },
      { channel: 'answer', text: 'Done' },
    ]);
  });
});
