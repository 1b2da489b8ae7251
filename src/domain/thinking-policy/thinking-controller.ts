import { findPausePoint } from './pause-points';
import { DEFAULT_STOP_POLICY, judgeProbes, type StopPolicy, type StopReason } from './stop-rule';
import { TIME_LIMIT_GRACE_MS, TIME_LIMIT_GRACE_TOKENS, endsSentence } from './time-limit';
import type { TrialAnswer } from './trial-answer';

export interface ThinkingControllerOptions {
  /** The setting "Stop thinking once the answer is settled" (off for "Think longer"). */
  stopWhenSettled: boolean;
  /** The thinking time limit in ms; null: none. */
  timeLimitMs: number | null;
  /** When thinking started (the clock the caller passes to every call). */
  startedAt: number;
  policy?: StopPolicy;
}

/** What the generation function does next; it executes decisions and decides nothing itself. */
export type ThinkingDecision =
  /** Keep streaming thinking. */
  | { action: 'continue' }
  /**
   * Stop the stream, run a trial answer (`probeRequest(messages, thinking)`) and report it with
   * `onProbe`. `thinking` ends before the pause's transition word.
   */
  | { action: 'probe'; thinking: string; thinkingTokens: number }
  /** The probe did not stop thinking: go on (`resumeThinkingRequest(messages, thinking, …)`). */
  | { action: 'resume'; thinking: string }
  /**
   * Thinking ends here: close it after `thinking` and answer (the answer may start with the trial
   * answer's text). `heldBack` is what came after the pause (shown nowhere; "Think longer" resumes
   * from `thinking + heldBack`, or `thinking` plus the s1 nudge where nothing was held back).
   */
  | {
      action: 'stop';
      reason: StopReason;
      thinking: string;
      heldBack: string;
      thinkingTokens: number;
      trial: TrialAnswer;
    }
  /** The time limit (and its grace) is over: close the Qwen way (`budgetContinuationPrompt`). */
  | { action: 'close-for-time'; thinking: string; thinkingTokens: number };

export interface ProbeCost {
  /** Tokens the probe generated (its prompt is mostly the KV cache's on wllama). */
  tokens: number;
  ms: number;
}

export interface ProbeStats {
  probes: number;
  probeTokens: number;
  probeMs: number;
}

type State =
  | { name: 'thinking' }
  | { name: 'probing'; at: number; tokens: number }
  | { name: 'grace'; sinceTokens: number; sinceMs: number }
  | { name: 'done' };

const CONTINUE: ThinkingDecision = { action: 'continue' };
/** Text before the scanned part that a pause needs to be recognised (the sentence end before it). */
const CONTEXT_CHARS = 40;

/**
 * The thinking policy as a state machine: fed with the streamed thinking, the clock and trial
 * answers, it says when to probe, stop, resume or close for time. Pure; the generation function
 * owns the engine and only carries out what this says.
 */
export class ThinkingController {
  private thinking = '';
  private tokens = 0;
  private state: State = { name: 'thinking' };
  private readonly trials: TrialAnswer[] = [];
  private lastProbeTokens = 0;
  /** Thinking up to here was probed already; its pauses are used. */
  private usedUpTo = 0;
  /** While a probe is due: pauses shown by the text after this character index count. */
  private scanFrom = 0;
  /** The thinking tokens at which the next probe became due; null while none is due. */
  private dueSinceTokens: number | null = null;
  private readonly policy: StopPolicy;
  private readonly probeStats: ProbeStats = { probes: 0, probeTokens: 0, probeMs: 0 };

  constructor(private readonly options: ThinkingControllerOptions) {
    this.policy = options.policy ?? DEFAULT_STOP_POLICY;
  }

  get stats(): ProbeStats {
    return { ...this.probeStats };
  }

  /** A thinking delta arrived; `thinkingTokens` is the count so far, this delta included. */
  onThinking(delta: string, thinkingTokens: number, now: number): ThinkingDecision {
    if (this.state.name === 'done' || this.state.name === 'probing') return CONTINUE;
    const before = this.thinking.length;
    this.thinking += delta;
    this.tokens = thinkingTokens;
    return this.timeDecision(now) ?? this.probeDecision(before);
  }

  /** A timer tick while no delta arrives (a slow engine): the time limit still applies. */
  onTick(now: number): ThinkingDecision {
    if (this.state.name === 'done' || this.state.name === 'probing') return CONTINUE;
    return this.timeDecision(now) ?? CONTINUE;
  }

  /** The trial answer of the probe this controller asked for. */
  onProbe(trial: TrialAnswer, cost: ProbeCost, now: number): ThinkingDecision {
    const { state } = this;
    if (state.name !== 'probing') return CONTINUE;
    this.probeStats.probes += 1;
    this.probeStats.probeTokens += cost.tokens;
    this.probeStats.probeMs += cost.ms;
    this.trials.push(trial);
    const kept = this.thinking.slice(0, state.at);
    const verdict = judgeProbes(this.trials, this.policy);
    if (verdict.stop) {
      this.state = { name: 'done' };
      return {
        action: 'stop',
        reason: verdict.stop,
        thinking: kept,
        heldBack: this.thinking.slice(state.at),
        thinkingTokens: state.tokens,
        trial,
      };
    }
    // The limit passed while probing: thinking stands at a pause, a fine place to close.
    if (this.overLimit(now)) {
      this.state = { name: 'done' };
      return { action: 'close-for-time', thinking: kept, thinkingTokens: state.tokens };
    }
    this.state = { name: 'thinking' };
    this.lastProbeTokens = state.tokens;
    this.usedUpTo = this.thinking.length;
    this.dueSinceTokens = null;
    return { action: 'resume', thinking: this.thinking };
  }

  private overLimit(now: number): boolean {
    const { timeLimitMs, startedAt } = this.options;
    return timeLimitMs !== null && now - startedAt >= timeLimitMs;
  }

  private timeDecision(now: number): ThinkingDecision | null {
    const { state } = this;
    if (state.name === 'thinking' && this.overLimit(now)) {
      this.state = { name: 'grace', sinceTokens: this.tokens, sinceMs: now };
    }
    if (this.state.name !== 'grace') return null;
    const grace = this.state;
    const graceOver =
      endsSentence(this.thinking) ||
      this.tokens - grace.sinceTokens >= TIME_LIMIT_GRACE_TOKENS ||
      now - grace.sinceMs >= TIME_LIMIT_GRACE_MS;
    if (!graceOver) return CONTINUE;
    this.state = { name: 'done' };
    return { action: 'close-for-time', thinking: this.thinking, thinkingTokens: this.tokens };
  }

  private probeDecision(before: number): ThinkingDecision {
    if (!this.options.stopWhenSettled) return CONTINUE;
    const { minThinkingTokens, probeEveryTokens, forceProbeAfterTokens } = this.policy;
    const due =
      this.trials.length === 0
        ? this.tokens >= minThinkingTokens
        : this.tokens - this.lastProbeTokens >= probeEveryTokens;
    if (!due) return CONTINUE;
    if (this.dueSinceTokens === null) {
      // Due from this delta on: a pause counts when this delta or a later one shows it.
      this.dueSinceTokens = this.tokens;
      this.scanFrom = Math.max(this.usedUpTo, before);
    }
    const windowStart = Math.max(0, this.scanFrom - CONTEXT_CHARS);
    const pause = findPausePoint(this.thinking.slice(windowStart), this.scanFrom - windowStart);
    if (pause) return this.startProbe(windowStart + pause.at);
    if (this.tokens - this.dueSinceTokens >= forceProbeAfterTokens)
      return this.startProbe(this.thinking.length);
    return CONTINUE;
  }

  private startProbe(at: number): ThinkingDecision {
    this.state = { name: 'probing', at, tokens: this.tokens };
    return { action: 'probe', thinking: this.thinking.slice(0, at), thinkingTokens: this.tokens };
  }
}
