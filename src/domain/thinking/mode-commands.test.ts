import { describe, expect, it } from 'vitest';
import { parseModeCommand } from './mode-commands';

describe('parseModeCommand', () => {
  it('finds /think and /no_think and removes them from the text', () => {
    expect(parseModeCommand('How many primes below 50? /think')).toEqual({
      text: 'How many primes below 50?',
      command: 'think',
    });
    expect(parseModeCommand('/no_think Capital of France?')).toEqual({
      text: 'Capital of France?',
      command: 'no_think',
    });
  });

  it('lets the last command win', () => {
    expect(parseModeCommand('/think hm, no: /no_think quick please').command).toBe('no_think');
  });

  it('leaves look-alikes alone', () => {
    for (const text of ['use a/think path', 'see /thinking', 'the /no_thinker', 'http://x/think']) {
      expect(parseModeCommand(text)).toEqual({ text, command: null });
    }
  });
});

describe('/refine', () => {
  it('asks for Draft + refine and is removed from the text', () => {
    expect(parseModeCommand('Is 91 prime? /refine')).toEqual({
      text: 'Is 91 prime?',
      command: 'refine',
    });
  });
});
