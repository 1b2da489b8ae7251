import { describe, expect, it } from 'vitest';
import { BUDGET_CLOSING_TEXT, budgetContinuationPrompt, budgetReached } from './thinking-budget';

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
});
