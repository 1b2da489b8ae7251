import { describe, expect, it } from 'vitest';
import {
  chatFixture,
  endlessFixture,
  expectedChatOutput,
  fixtureScripts,
  loopFixture,
  type FixtureScript,
} from './fixture-scripts';
import { loadQwen3Tokenizer } from './qwen3-tokenizer';
import { buildTokenChain, walkChain } from './token-chain';

const tokenizer = loadQwen3Tokenizer();
const { ids } = tokenizer;

const script = (overrides: Partial<FixtureScript>): FixtureScript => ({
  ...chatFixture,
  ...overrides,
});

describe('Qwen3 prompt endings', () => {
  it('end in "\\n" with thinking on and "\\n\\n" with thinking off', () => {
    const thinkingOn = '<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n';
    expect(tokenizer.encode(thinkingOn).at(-1)).toBe(ids.newline);
    expect(tokenizer.encode(`${thinkingOn}<think>\n\n</think>\n\n`).at(-1)).toBe(ids.doubleNewline);
    expect(tokenizer.chatTemplate).toContain("{{- '<|im_start|>assistant\\n' }}");
    expect(tokenizer.chatTemplate).toContain("{{- '<think>\\n\\n</think>\\n\\n' }}");
  });
});

describe('buildTokenChain', () => {
  it('emits thinking, then the answer, and stops on <|im_end|>', () => {
    const chain = buildTokenChain(chatFixture, tokenizer);
    const thinkingOn = walkChain(chain, ids.newline, ids.imEnd, 200);
    expect(thinkingOn.at(-1)).toBe(ids.imEnd);
    expect(tokenizer.decode(thinkingOn)).toBe(
      `<think>${chatFixture.thinking}\n</think>\n\n${chatFixture.answer}<|im_end|>`,
    );
    const thinkingOff = walkChain(chain, ids.doubleNewline, ids.imEnd, 200);
    expect(tokenizer.decode(thinkingOff)).toBe(`${chatFixture.answer}<|im_end|>`);
  });

  it('loops the thinking forever but answers once thinking is closed', () => {
    const chain = buildTokenChain(loopFixture, tokenizer);
    const thinking = walkChain(chain, ids.newline, ids.imEnd, 1 + 4 * chain.thinkingTokens.length);
    expect(thinking).not.toContain(ids.thinkClose);
    expect(tokenizer.decode(thinking)).toBe(`<think>${loopFixture.thinking.repeat(4)}`);
    for (const closing of [ids.thinkClose, ids.doubleNewline]) {
      const answer = walkChain(chain, closing, ids.imEnd, 200).filter(
        (id) => id !== ids.doubleNewline,
      );
      expect(tokenizer.decode(answer)).toBe(`${loopFixture.answer}<|im_end|>`);
    }
  });

  it('builds every shipped fixture and matches its documented chat output', () => {
    for (const fixture of fixtureScripts) {
      const chain = buildTokenChain(fixture, tokenizer);
      if (fixture.loopsThinking || fixture.loopsAnswer) continue;
      // Split the raw text the way llama.cpp's reasoning parser does for Qwen3.
      const raw = tokenizer.decode(walkChain(chain, ids.newline, ids.imEnd, 200));
      const [reasoning = '', rest = ''] = raw.replace(/^<think>/, '').split('</think>');
      expect({ reasoning, content: rest.replace(/^\n+/, '').replace(/<\|im_end\|>$/, '') }).toEqual(
        expectedChatOutput(fixture, true),
      );
    }
  });

  it('repeats the endless fixture answer without ever ending it', () => {
    const chain = buildTokenChain(endlessFixture, tokenizer);
    const answer = walkChain(chain, ids.doubleNewline, ids.imEnd, 30);
    expect(answer).not.toContain(ids.imEnd);
    expect(tokenizer.decode(answer)).toContain(endlessFixture.answer.repeat(3));
  });

  it('rejects a script that repeats a token', () => {
    expect(() =>
      buildTokenChain(script({ thinking: 'Let me think step by step.' }), tokenizer),
    ).toThrow(/token \d+ "Ġstep" occurs twice/);
    expect(() => buildTokenChain(script({ answer: 'Hi. The user says hi.' }), tokenizer)).toThrow(
      /occurs twice/,
    );
  });

  it('rejects thinking whose trailing newline is a bare "\\n" (the prompt-final token)', () => {
    expect(() => buildTokenChain(script({ thinking: 'No punctuation here' }), tokenizer)).toThrow(
      /token 198 "Ċ" occurs twice/,
    );
  });

  it('rejects special tokens inside the script text', () => {
    expect(() => buildTokenChain(script({ answer: 'Done<|im_end|>' }), tokenizer)).toThrow(
      /special token <\|im_end\|>/,
    );
  });
});
