/**
 * How sure the model was of a span of tokens, from the log-probabilities the engine reports
 * (natural log, the model's own untempered distribution on wllama; see docs/thinking-efficiency.md
 * for web-llm's). Two spans, two rules:
 *
 * - A trial answer (a probe, a few tokens): the arithmetic mean of the token probabilities, as
 *   DEER does (Yang et al. 2025, arXiv 2504.15895, section 3: the confidence of the induced trial
 *   answer is the mean of its tokens' maximum probabilities; exit when it exceeds λ = 0.95). On a
 *   few tokens one unsure token pulls the mean down clearly, and DEER's threshold was checked
 *   across 11 models with it.
 * - A whole draft (dozens to hundreds of tokens): the geometric mean, exp(mean log-probability),
 *   the length-normalised likelihood used for sequence-level uncertainty. An arithmetic mean over
 *   a long answer is dominated by its many near-certain tokens (punctuation, the ends of words)
 *   and hides the few where the model had to choose.
 */

/** A span's confidence; null where the engine reported no log-probabilities. */
export type Confidence = number | null;

/** DEER's exit threshold on the mean token probability of a trial answer. */
export const TRIAL_ANSWER_CONFIDENT = 0.95;

export function trialAnswerConfidence(logprobs: readonly number[]): Confidence {
  if (logprobs.length === 0) return null;
  const sum = logprobs.reduce((total, logprob) => total + Math.exp(logprob), 0);
  return sum / logprobs.length;
}

export function draftConfidence(logprobs: readonly number[]): Confidence {
  if (logprobs.length === 0) return null;
  const mean = logprobs.reduce((total, logprob) => total + logprob, 0) / logprobs.length;
  return Math.exp(mean);
}
