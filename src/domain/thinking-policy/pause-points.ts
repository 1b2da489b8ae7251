/**
 * Where thinking pauses: the points at which a trial answer is worth probing. DEER (arXiv
 * 2504.15895, section 3) probes at "reasoning transition points", the words with which a model
 * turns to checking or to another approach ("Wait", "Alternatively"); Dynasor-CoT (arXiv
 * 2412.20993) probes at fixed token intervals. Both are used here: a probe waits for a pause (a
 * transition word at the start of a sentence, or a paragraph break) once enough tokens have passed,
 * and is forced when none comes within as many again, so thinking in a language or style without
 * these words is still probed.
 *
 * Qwen3 thinks in the user's language at times, so German transition words count too.
 */

const TRANSITION_WORDS = [
  // English, as Qwen3 and DeepSeek-R1 write them.
  'Wait',
  'But wait',
  'Alternatively',
  'Hmm',
  'Hold on',
  'Actually',
  'On second thought',
  'Let me check',
  'Let me double-check',
  'Let me verify',
  // German.
  'Moment',
  'Warte',
  'Halt',
  'Alternativ',
  'Andererseits',
  'Eigentlich',
  'Lass mich',
  'Nein, warte',
];

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A transition word starts the thinking, a line or a sentence, and is a whole word: what follows
// it must be seen (a comma, a space), so "Waiting" is no pause and detection may lag one token.
const TRANSITION = new RegExp(
  `(^|\\n|[.!?:;…]\\s+)(${TRANSITION_WORDS.map(escape).join('|')})(?=[\\s,.!?:;…—-])`,
  'g',
);
// A paragraph break followed by more text (a break at the very end may still grow).
const PARAGRAPH = /\n\s*\n(?=\S)/g;

export interface PausePoint {
  /** Where the thinking before the pause ends: a probe sees `thinking.slice(0, at)`. */
  at: number;
  /** The text up to here shows it is a pause (the character after the word, or after the break). */
  seenAt: number;
  kind: 'transition' | 'paragraph';
}

/**
 * The first pause that became visible after character `from` of the thinking so far (its
 * `seenAt` > `from`), so a pause is taken once, when the text that shows it arrives. `at` is where
 * the pause's text begins, so the trial answer comes from the thinking before the model turned
 * ("…so 42." and not "…so 42. Wait,"), as DEER induces the answer in place of the transition word.
 */
export function findPausePoint(thinking: string, from: number): PausePoint | null {
  let best: PausePoint | null = null;
  for (const match of thinking.matchAll(TRANSITION)) {
    const at = match.index + (match[1] ?? '').length;
    const seenAt = at + (match[2] ?? '').length + 1;
    if (seenAt > from) {
      best = { at, seenAt, kind: 'transition' };
      break;
    }
  }
  for (const match of thinking.matchAll(PARAGRAPH)) {
    const seenAt = match.index + match[0].length + 1;
    if (seenAt > from) {
      if (!best || seenAt < best.seenAt) best = { at: match.index, seenAt, kind: 'paragraph' };
      break;
    }
  }
  return best;
}

/** True when text (a trial answer) hesitates: Dynasor-CoT does not count such an answer. */
export function hesitates(text: string): boolean {
  const lower = text.toLowerCase();
  return ['wait', 'hmm', 'not sure', 'warte', 'nicht sicher'].some((word) =>
    new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(lower),
  );
}
