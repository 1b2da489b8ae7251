import { describe, expect, it } from 'vitest';
import {
  BUDGET_CLOSING_TEXT,
  budgetClosingThinking,
  budgetContinuationPrompt,
  budgetReached,
} from './thinking-budget';

describe('thinking budget', () => {
  it('is never reached when unlimited', () => {
    expect(budgetReached(1_000_000, null)).toBe(false);
  });

  it('is reached at the cap', () => {
    expect(budgetReached(255, 256)).toBe(false);
    expect(budgetReached(256, 256)).toBe(true);
  });

  it('continues the assistant turn with the thinking so far, the closing sentence and </think>', () => {
    const prompt = budgetContinuationPrompt(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'Why is the sky blue?' },
      ],
      'Rayleigh scattering',
    );
    expect(prompt).toBe(
      '<|im_start|>system\nBe brief.<|im_end|>\n' +
        '<|im_start|>user\nHi<|im_end|>\n' +
        '<|im_start|>assistant\nHello!<|im_end|>\n' +
        '<|im_start|>user\nWhy is the sky blue?<|im_end|>\n' +
        '<|im_start|>assistant\n<think>\nRayleigh scattering\n\n' +
        BUDGET_CLOSING_TEXT +
        '\n</think>\n\n',
    );
  });

  it('closes in the language the model is thinking in, else in the question’s', () => {
    const ask = (content: string) => [{ role: 'user' as const, content }];
    expect(budgetClosingThinking(ask('Wie viel ist 17 * 23?'), 'Okay, the user wants')).toBe(
      `\n\n${BUDGET_CLOSING_TEXT}`,
    );
    expect(budgetClosingThinking(ask('17 * 23 等于多少？'), '嗯，用户问的是乘法')).toMatch(
      /^\n\n考虑到用户的时间有限/,
    );
    expect(budgetClosingThinking(ask('17 × 23 はいくつですか？'), '')).toMatch(
      /^\n\nユーザーの時間は限られているので/,
    );
    expect(budgetClosingThinking(ask('¿Cuánto es 17 * 23?'), '17 * 23 = 391')).toMatch(
      /^\n\nDado que el usuario tiene poco tiempo/,
    );
    expect(budgetClosingThinking(ask('Combien font 17 * 23 ?'), '')).toMatch(/^\n\nCompte tenu/);
    expect(budgetClosingThinking(ask('Was ist 17 * 23?'), 'Also, der Nutzer will')).toMatch(
      /^\n\nDa die Zeit des Nutzers begrenzt ist/,
    );
    expect(budgetClosingThinking([], '')).toBe(`\n\n${BUDGET_CLOSING_TEXT}`);
  });
});
