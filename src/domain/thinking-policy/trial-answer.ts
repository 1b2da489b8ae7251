import { hesitates } from './pause-points';

/**
 * A trial answer is read up to the end of its first sentence or line: enough to hold the answer
 * of a question with one (a number, a name, yes or no), short enough to cost little. A full stop
 * only ends a sentence when whitespace follows, so "3.14" and "z.B." mid-stream are not ends.
 * Returns the length of the first sentence, or null while none has ended yet.
 */
export function firstSentenceEnd(text: string): number | null {
  const match = /[.!?。！？](?=\s)|\n/.exec(text.trimStart());
  if (!match) return null;
  const leading = text.length - text.trimStart().length;
  return leading + match.index + (match[0] === '\n' ? 0 : 1);
}

/** The form in which two trial answers are compared: case, markdown, spacing and final marks off. */
export function normalizeTrialAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'„“«]+|["'“”»]+$/g, '')
    .replace(/[\s.!?。！？]+$/u, '')
    .trim();
}

export interface TrialAnswer {
  /** The answer text, cut at the end of its first sentence or line. */
  text: string;
  /** Log-probabilities of its tokens, where the engine reported them. */
  logprobs: readonly number[];
  /** It ended (a sentence or line end, or the model's end of answer) within the probe's tokens. */
  ended: boolean;
}

/**
 * Whether a trial answer says something the stop rule may count. One that runs out of tokens
 * before its first sentence ends, is empty, or hesitates ("Wait, …") is no answer yet (Dynasor-CoT
 * discards such probes too).
 */
export function isConclusive(trial: TrialAnswer): boolean {
  return trial.ended && normalizeTrialAnswer(trial.text) !== '' && !hesitates(trial.text);
}
