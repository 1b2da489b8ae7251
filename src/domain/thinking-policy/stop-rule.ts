import { TRIAL_ANSWER_CONFIDENT, trialAnswerConfidence } from './confidence';
import { isConclusive, normalizeTrialAnswer, type TrialAnswer } from './trial-answer';

/**
 * When thinking stops early. Every number here is a choice documented in
 * docs/thinking-efficiency.md ("The choices").
 */
export interface StopPolicy {
  /** The first probe is due at this many thinking tokens: a first impression is not an answer. */
  minThinkingTokens: number;
  /** Each later probe is due this many thinking tokens after the one before (N). */
  probeEveryTokens: number;
  /** A due probe waits for a pause point this many tokens at most, then is forced. */
  forceProbeAfterTokens: number;
  /** Stop when the trial answer's mean token probability reaches this (DEER's λ). */
  confidentAt: number;
  /** Stop when this many conclusive trial answers in a row are the same (Dynasor-CoT's k). */
  sameAnswersInARow: number;
}

export const DEFAULT_STOP_POLICY: StopPolicy = {
  minThinkingTokens: 256,
  probeEveryTokens: 320,
  forceProbeAfterTokens: 320,
  confidentAt: TRIAL_ANSWER_CONFIDENT,
  sameAnswersInARow: 3,
};

export type StopReason = 'confident' | 'settled';

export interface ProbeVerdict {
  stop: StopReason | null;
  confidence: number | null;
  conclusive: boolean;
}

/**
 * The stop rule, over the trial answers so far (oldest first, the newest last):
 * stop when the newest is conclusive and confident (DEER), or when the last k are conclusive and
 * the same once normalised (Dynasor-CoT's certainty: consistent answers over consecutive probes).
 */
export function judgeProbes(
  trials: readonly TrialAnswer[],
  policy: StopPolicy = DEFAULT_STOP_POLICY,
): ProbeVerdict {
  const newest = trials.at(-1);
  if (!newest) return { stop: null, confidence: null, conclusive: false };
  const conclusive = isConclusive(newest);
  const confidence = trialAnswerConfidence(newest.logprobs);
  if (!conclusive) return { stop: null, confidence, conclusive };
  if (confidence !== null && confidence >= policy.confidentAt) {
    return { stop: 'confident', confidence, conclusive };
  }
  const k = policy.sameAnswersInARow;
  const lastK = trials.slice(-k);
  const settled =
    lastK.length === k &&
    lastK.every(
      (trial) =>
        isConclusive(trial) &&
        normalizeTrialAnswer(trial.text) === normalizeTrialAnswer(newest.text),
    );
  return { stop: settled ? 'settled' : null, confidence, conclusive };
}
