import { describe, expect, it } from 'vitest';
import { DEFAULT_STOP_POLICY, type StopPolicy } from './stop-rule';
import { TIME_LIMIT_GRACE_TOKENS } from './time-limit';
import {
  ThinkingController,
  type ThinkingControllerOptions,
  type ThinkingDecision,
} from './thinking-controller';
import type { TrialAnswer } from './trial-answer';

const policy: StopPolicy = DEFAULT_STOP_POLICY;
const sure: TrialAnswer = { text: 'It is 42.', logprobs: [-0.01, -0.01, -0.02], ended: true };
const unsure: TrialAnswer = { text: 'It is 42.', logprobs: [Math.log(0.5)], ended: true };
const cost = { tokens: 5, ms: 100 };

/** A thinking stream: one token per delta, the clock advancing 10 ms per token. */
class Stream {
  tokens = 0;
  now = 0;
  text = '';

  constructor(readonly controller: ThinkingController) {}

  /** Streams `words` until the controller asks for something other than going on. */
  feed(words: readonly string[]): ThinkingDecision & { word: number } {
    for (const [word, delta] of words.entries()) {
      this.tokens += 1;
      this.now += 10;
      this.text += delta;
      const decision = this.controller.onThinking(delta, this.tokens, this.now);
      if (decision.action !== 'continue') return { ...decision, word };
    }
    return { action: 'continue', word: words.length };
  }
}

function controller(options: Partial<ThinkingControllerOptions> = {}) {
  return new ThinkingController({
    stopWhenSettled: true,
    timeLimitMs: null,
    startedAt: 0,
    ...options,
  });
}

/** `count` tokens of plain sentences, with no transition word and no paragraph break. */
const plain = (count: number) =>
  Array.from({ length: count }, (_, i) => (i % 5 === 4 ? 'x. ' : 'x '));
/** A sentence end, a transition word, its comma (the word is only sure once that comes). */
const wait = ['.', ' Wait', ',', ' no'];

describe('ThinkingController: when to probe', () => {
  it('never probes before the minimum number of thinking tokens, even at a pause', () => {
    const stream = new Stream(controller());
    const early = [...plain(20), ...wait, ...plain(policy.minThinkingTokens - 40)];
    expect(stream.feed(early).action).toBe('continue');
  });

  it('probes at the first pause once due, with the thinking before the transition word', () => {
    const stream = new Stream(controller());
    stream.feed(plain(policy.minThinkingTokens + 10));
    const decision = stream.feed([...plain(3), ...wait]);
    expect(decision).toMatchObject({ action: 'probe', thinkingTokens: stream.tokens });
    if (decision.action !== 'probe') return;
    expect(stream.text.startsWith(decision.thinking)).toBe(true);
    expect(stream.text.slice(decision.thinking.length)).toBe('Wait,');
  });

  it('forces a probe when no pause comes within the forcing distance', () => {
    const stream = new Stream(controller());
    stream.feed(plain(policy.minThinkingTokens - 1));
    const decision = stream.feed(plain(policy.forceProbeAfterTokens + 5));
    expect(decision).toMatchObject({
      action: 'probe',
      thinking: stream.text,
      thinkingTokens: policy.minThinkingTokens + policy.forceProbeAfterTokens,
    });
  });

  it('never probes with the setting off', () => {
    const stream = new Stream(controller({ stopWhenSettled: false }));
    expect(stream.feed([...plain(2000), ...wait]).action).toBe('continue');
  });

  it('ignores thinking while a probe runs', () => {
    const stream = new Stream(controller());
    expect(stream.feed([...plain(policy.minThinkingTokens), ...wait]).action).toBe('probe');
    expect(stream.feed(plain(3)).action).toBe('continue');
  });
});

describe('ThinkingController: what a trial answer decides', () => {
  it('stops on a confident trial answer, holding back the transition word', () => {
    const stream = new Stream(controller());
    const probe = stream.feed([...plain(policy.minThinkingTokens), ...wait]);
    if (probe.action !== 'probe') throw new Error('no probe');
    const decision = stream.controller.onProbe(sure, cost, stream.now);
    expect(decision).toEqual({
      action: 'stop',
      reason: 'confident',
      thinking: probe.thinking,
      heldBack: 'Wait,',
      thinkingTokens: probe.thinkingTokens,
      trial: sure,
    });
    expect(stream.controller.stats).toEqual({ probes: 1, probeTokens: 5, probeMs: 100 });
    expect(stream.feed(plain(5)).action).toBe('continue');
  });

  it('resumes on unsure answers and stops when k in a row agree, N tokens apart', () => {
    const stream = new Stream(controller());
    const probedAt: number[] = [];
    let decision = stream.feed([...plain(policy.minThinkingTokens), ...wait]);
    for (let probe = 1; probe <= policy.sameAnswersInARow; probe++) {
      expect(decision.action).toBe('probe');
      probedAt.push(stream.tokens);
      const after = stream.controller.onProbe(unsure, cost, stream.now);
      if (probe < policy.sameAnswersInARow) {
        expect(after).toEqual({ action: 'resume', thinking: stream.text });
        decision = stream.feed([...plain(policy.probeEveryTokens), ...wait]);
      } else {
        expect(after).toMatchObject({ action: 'stop', reason: 'settled' });
      }
    }
    const gaps = probedAt.slice(1).map((at, i) => at - (probedAt[i] ?? 0));
    expect(gaps.every((gap) => gap >= policy.probeEveryTokens)).toBe(true);
  });

  it('does not reuse a pause that was already probed', () => {
    const stream = new Stream(controller());
    stream.feed([...plain(policy.minThinkingTokens), ...wait]);
    stream.controller.onProbe(unsure, cost, stream.now);
    // Due again only N tokens later, and only at a new pause.
    expect(stream.feed(plain(policy.probeEveryTokens - 1)).action).toBe('continue');
    expect(stream.feed([...plain(2), ...wait]).action).toBe('probe');
  });
});

describe('ThinkingController: the time limit', () => {
  it('lets the current sentence finish, then closes', () => {
    const stream = new Stream(controller({ timeLimitMs: 100, stopWhenSettled: false }));
    // 10 ms a token: the limit falls on the 10th token, mid-sentence.
    const decision = stream.feed([
      'a',
      ' b',
      ' c',
      ' d',
      ' e',
      ' f',
      ' g',
      ' h',
      ' i',
      ' j',
      ' k',
      '.',
    ]);
    expect(decision).toEqual({
      action: 'close-for-time',
      thinking: 'a b c d e f g h i j k.',
      thinkingTokens: 12,
      word: 11,
    });
  });

  it('closes after the grace tokens when the sentence does not end', () => {
    const stream = new Stream(controller({ timeLimitMs: 50 }));
    const words = Array.from({ length: 100 }, () => ' w');
    const decision = stream.feed(words);
    expect(decision).toMatchObject({
      action: 'close-for-time',
      thinkingTokens: 5 + TIME_LIMIT_GRACE_TOKENS,
    });
  });

  it('closes on a timer tick when the engine goes quiet', () => {
    const limited = controller({ timeLimitMs: 1000 });
    expect(limited.onThinking('Half a', 1, 10).action).toBe('continue');
    expect(limited.onTick(999).action).toBe('continue');
    expect(limited.onTick(1000).action).toBe('continue');
    expect(limited.onTick(6000)).toEqual({
      action: 'close-for-time',
      thinking: 'Half a',
      thinkingTokens: 1,
    });
  });

  it('closes at the probe’s pause when the limit passed during the probe', () => {
    const stream = new Stream(controller({ timeLimitMs: 100_000 }));
    const probe = stream.feed([...plain(policy.minThinkingTokens), ...wait]);
    if (probe.action !== 'probe') throw new Error('no probe');
    expect(stream.controller.onProbe(unsure, cost, 100_000)).toEqual({
      action: 'close-for-time',
      thinking: probe.thinking,
      thinkingTokens: probe.thinkingTokens,
    });
  });
});
