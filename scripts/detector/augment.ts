import { CUES } from '../../src/domain/detector/lexicon';
import { lexiconWords, matchCues } from '../../src/domain/detector/lexicon-matcher';
import { foldText } from '../../src/domain/detector/normalize';
import { buildReasoningViews, type ReasoningViewCounts } from './augment-reasoning';
import type { Label, LabeledRow } from './data';
import { reasoningTemplates } from './reasoning-templates';
import { pick, type Rng } from './rng';
import { yesNoThink } from './yes-no-views';

/*
 * Length-shortcut countermeasures. In the data, "think" prompts (GSM8K) are long and "quick"
 * prompts short, so a model can score well by measuring length. These views break that link:
 * - short-think: a GSM8K problem cut down to its question (plus at most one fact sentence);
 * - long-quick: several quick prompts run together into one long, still-quick prompt;
 * - mixed-think: quick prompts wrapped around a think task (MBPP or a short GSM8K view), which
 *   stays think because the request still contains the task;
 * - story-quick: the number-free story sentences of a GSM8K problem followed by a quick question.
 *   Without it, any chatty narrative ("My grandmother turns ninety...") reads as a word problem.
 */

export type View =
  | 'original'
  | 'short-think'
  | 'long-quick'
  | 'mixed-think'
  | 'story-quick'
  | 'short-logic'
  | 'passage-quick'
  | 'options-quick'
  | 'truth-quick'
  | 'template-think'
  | 'yes-no-think';

const QUANTITY_CUES = new Set([
  'cue:how-many',
  'cue:quantity-term',
  'cue:number-word',
  'cue:math-term',
  'cue:calculate',
]);
const QUANTITY_CUE_INDICES = CUES.flatMap((cue, i) => (QUANTITY_CUES.has(cue.id) ? [i] : []));

/** True for a sentence with no digits and no quantity cue, i.e. story rather than problem. */
export function isNumberFree(sentence: string): boolean {
  if (/\d/.test(sentence)) return false;
  const counts = matchCues(lexiconWords(foldText(sentence)));
  return QUANTITY_CUE_INDICES.every((i) => (counts[i] ?? 0) === 0);
}

export interface TrainingPrompt {
  prompt: string;
  label: Label;
  source: string;
  view: View;
  lang?: string;
}

const SENTENCE = /[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g;

function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

function endWithPunctuation(text: string): string {
  return /[.!?:]["')\]]*$/.test(text) ? text : `${text}.`;
}

/**
 * The last sentence (the question) plus one earlier sentence holding a number: always when the
 * question has no number of its own ("How many did Alex buy?" alone would read as trivia), half of
 * the time otherwise.
 */
export function shortenWordProblem(rng: Rng, prompt: string): string | undefined {
  const parts = sentences(prompt);
  const question = parts[parts.length - 1];
  if (question === undefined || parts.length < 2) return undefined;
  const facts = parts.slice(0, -1).filter((s) => /\d/.test(s));
  const needsFact = !/\d/.test(question);
  if (needsFact && facts.length === 0) return undefined;
  if (facts.length > 0 && (needsFact || rng() < 0.5)) return `${pick(rng, facts)} ${question}`;
  return question;
}

export function joinPrompts(rng: Rng, quick: readonly LabeledRow[], count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(endWithPunctuation(pick(rng, quick).prompt));
  return parts.join(rng() < 0.5 ? ' ' : '\n');
}

export interface ViewCounts extends ReasoningViewCounts {
  templateThink: number;
  yesNoThink: number;
  longQuick: number;
  mixedThink: number;
  storyQuick: number;
}

export function buildViews(
  rng: Rng,
  rows: readonly LabeledRow[],
  counts: ViewCounts,
): TrainingPrompt[] {
  const out: TrainingPrompt[] = rows.map((r) => ({ ...r, view: 'original' }));
  const quick = rows.filter((r) => r.label === 'quick');
  const shortThink: TrainingPrompt[] = [];
  for (const row of rows) {
    if (!row.source.startsWith('gsm8k')) continue;
    const prompt = shortenWordProblem(rng, row.prompt);
    if (prompt !== undefined)
      shortThink.push({ prompt, label: 'think', source: row.source, view: 'short-think' });
  }
  out.push(...shortThink);
  for (let i = 0; i < counts.longQuick; i++) {
    const prompt = joinPrompts(rng, quick, 2 + Math.floor(rng() * 3));
    out.push({ prompt, label: 'quick', source: 'long-quick', view: 'long-quick' });
  }
  const reasoning = buildReasoningViews(rng, rows, counts);
  const add = (prompts: readonly string[], label: Label, view: View): void => {
    for (const prompt of prompts) out.push({ prompt, label, source: view, view });
  };
  add(reasoning.shortLogic, 'think', 'short-logic');
  add(reasoning.passageQuick, 'quick', 'passage-quick');
  add(reasoning.optionsQuick, 'quick', 'options-quick');
  add(reasoning.truthQuick, 'quick', 'truth-quick');
  add(reasoningTemplates(rng, counts.templateThink), 'think', 'template-think');
  add(yesNoThink(rng, counts.yesNoThink), 'think', 'yes-no-think');
  const thinkTasks = [
    ...rows
      .filter((r) => r.source === 'mbpp' || r.source.startsWith('strategyqa'))
      .map((r) => r.prompt),
    ...shortThink.map((r) => r.prompt),
    ...reasoning.shortLogic,
  ];
  for (let i = 0; i < counts.mixedThink && thinkTasks.length > 0; i++) {
    const task = endWithPunctuation(pick(rng, thinkTasks));
    const chatter = joinPrompts(rng, quick, 1 + Math.floor(rng() * 2));
    const prompt = rng() < 0.7 ? `${chatter} ${task}` : `${task} ${chatter}`;
    out.push({ prompt, label: 'think', source: 'mixed-think', view: 'mixed-think' });
  }
  const story = rows
    .filter((r) => r.source.startsWith('gsm8k'))
    .map((r) => sentences(r.prompt).slice(0, -1).filter(isNumberFree))
    .filter((parts) => parts.length > 0);
  for (let i = 0; i < counts.storyQuick && story.length > 0; i++) {
    const parts = pick(rng, story);
    const start = Math.floor(rng() * parts.length);
    const context = parts.slice(start, start + 1 + Math.floor(rng() * 3)).join(' ');
    const prompt = `${context} ${pick(rng, quick).prompt}`;
    out.push({ prompt, label: 'quick', source: 'story-quick', view: 'story-quick' });
  }
  return out;
}
