import { describe, expect, it } from 'vitest';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import type { SpeedEstimate } from './speed';
import { AUTO_DEFAULT_THINK_SECONDS, weighThinkCost } from './auto-think-cost';
import { TYPICAL_THINKING_TOKENS } from './time-limit';

const at = (decodeTokensPerSecond: number): SpeedEstimate => ({
  decodeTokensPerSecond,
  prefillTokensPerSecond: null,
  samples: 3,
  updatedAt: 0,
});

const autoThink: ModeDecision = {
  mode: 'think',
  modeChoice: 'auto',
  autoReason: 'math',
  autoScore: 0.9,
};
const autoQuick: ModeDecision = { ...autoThink, mode: 'quick', autoReason: 'chit-chat' };

describe('weighThinkCost (Auto on a slow engine)', () => {
  it('chooses Draft + refine when Think would take longer than the time limit here', () => {
    // 1,500 typical thinking tokens at 6.25 tokens/s: 240 s, over a 60 s limit.
    const decided = weighThinkCost(autoThink, {
      speed: at(6.25),
      budget: null,
      timeLimitSeconds: 60,
    });
    expect(decided).toMatchObject({
      mode: 'refine',
      autoReason: 'math',
      autoThinkCost: { seconds: 240, draftInstead: true },
    });
  });

  it('without a time limit, compares with the default of 3 minutes', () => {
    const seconds = (tokensPerSecond: number) => TYPICAL_THINKING_TOKENS / tokensPerSecond;
    const slow = 5; // 300 s
    const medium = 10; // 150 s
    expect(seconds(slow)).toBeGreaterThan(AUTO_DEFAULT_THINK_SECONDS);
    expect(seconds(medium)).toBeLessThan(AUTO_DEFAULT_THINK_SECONDS);
    const input = { budget: null, timeLimitSeconds: null };
    expect(weighThinkCost(autoThink, { ...input, speed: at(slow) }).mode).toBe('refine');
    // Under the default, Auto still thinks, and says what it costs (over a minute).
    expect(weighThinkCost(autoThink, { ...input, speed: at(medium) })).toMatchObject({
      mode: 'think',
      autoThinkCost: { seconds: 150, draftInstead: false },
    });
  });

  it('a smaller budget counts instead of the typical length', () => {
    // 256 tokens at 4 tokens/s: 64 s, within a 3 min limit.
    const decided = weighThinkCost(autoThink, { speed: at(4), budget: 256, timeLimitSeconds: 180 });
    expect(decided).toMatchObject({ mode: 'think', autoThinkCost: { seconds: 64 } });
  });

  it('says what Think would cost beside a Quick decision too, without changing it', () => {
    const decided = weighThinkCost(autoQuick, { speed: at(5), budget: null, timeLimitSeconds: 30 });
    expect(decided).toMatchObject({
      mode: 'quick',
      autoThinkCost: { seconds: 300, draftInstead: false },
    });
  });

  it('changes nothing on a fast engine or before any speed was measured', () => {
    expect(weighThinkCost(autoThink, { speed: at(80), budget: null, timeLimitSeconds: 30 })).toBe(
      autoThink,
    );
    expect(weighThinkCost(autoThink, { speed: null, budget: null, timeLimitSeconds: 15 })).toBe(
      autoThink,
    );
  });

  it('leaves the user’s own choice alone: the switch and /think', () => {
    const chosen: ModeDecision = { mode: 'think', modeChoice: 'think', autoReason: null };
    const command: ModeDecision = { mode: 'think', modeChoice: 'auto', autoReason: null };
    const slow = { speed: at(2), budget: null, timeLimitSeconds: 15 };
    expect(weighThinkCost(chosen, slow)).toBe(chosen);
    expect(weighThinkCost(command, slow)).toBe(command);
  });
});
