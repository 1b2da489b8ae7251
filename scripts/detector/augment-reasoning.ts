import type { LabeledRow } from './data';
import { pick, type Rng } from './rng';

/*
 * Views against the shortcuts of routing data v2 (see its README):
 * - short-logic (think): logic and constraint problems cut to two to four premises and the
 *   question, because the think side's logic prompts are long and a length rule would learn that;
 * - passage-quick (quick): a long logic or argument passage followed by a simple request
 *   (summarise, translate, give a title), so a long passage full of "if" and "all" is not think by
 *   itself; the question decides;
 * - options-quick (quick): easy multiple-choice questions with (A)–(E) lists, because option lists
 *   occur only on the think side of the data;
 * - truth-quick (quick): "True or false: <plain fact>", because that wording occurs only on the
 *   think side.
 * All wording below is written for these views, in English and German.
 */

const LOGIC_SOURCES = ['folio', 'proofwriter', 'prontoqa'];
const PUZZLE_SOURCES = ['ar-lsat'];
const PASSAGE_SOURCES = ['folio', 'proofwriter', 'prontoqa', 'ar-lsat', 'lsat-lr'];

const SIMPLE_REQUESTS = [
  'Summarise the text above in one sentence.',
  'Give this a short title.',
  'Translate the first sentence into German.',
  'What is the main topic here?',
  'Fix any spelling mistakes in the paragraph above.',
  'Rewrite this passage in simpler words.',
  'Which names are mentioned?',
  'Turn these statements into a bulleted list.',
  'Make this sound more formal.',
  'Fasse den Text oben in einem Satz zusammen.',
  'Übersetze den ersten Satz ins Deutsche.',
  'Worum geht es in diesem Text?',
  'Gib dem Text eine kurze Überschrift.',
  'Mach aus diesen Sätzen eine Aufzählung.',
];

const TEXT_INTROS = [
  'Read the text below carefully.',
  'Here is a short text.',
  'Consider the following text.',
  'Use only the text below.',
];

interface Category {
  en: string;
  de: string;
  members: readonly string[];
  others: readonly string[];
}

const CATEGORIES: readonly Category[] = [
  {
    en: 'a fruit',
    de: 'ein Obst',
    members: ['apple', 'banana', 'cherry', 'mango', 'pear', 'Apfel', 'Birne', 'Kirsche'],
    others: ['carrot', 'hammer', 'bicycle', 'violin', 'granite', 'Karotte', 'Auto', 'Stuhl'],
  },
  {
    en: 'an animal',
    de: 'ein Tier',
    members: ['horse', 'penguin', 'fox', 'whale', 'Hund', 'Katze', 'Elefant'],
    others: ['table', 'tulip', 'river', 'laptop', 'Tisch', 'Rose', 'Lampe', 'Brot'],
  },
  {
    en: 'a colour',
    de: 'eine Farbe',
    members: ['red', 'blue', 'green', 'yellow', 'Rot', 'Blau', 'Grün'],
    others: ['Tuesday', 'copper', 'spoon', 'tiger', 'Montag', 'Löffel', 'Tiger'],
  },
  {
    en: 'a musical instrument',
    de: 'ein Musikinstrument',
    members: ['violin', 'trumpet', 'piano', 'flute', 'Geige', 'Trompete', 'Klavier'],
    others: ['spoon', 'carrot', 'sofa', 'train', 'Löffel', 'Sofa', 'Zug'],
  },
  {
    en: 'a planet',
    de: 'ein Planet',
    members: ['Mars', 'Jupiter', 'Venus', 'Saturn', 'Neptune', 'Merkur'],
    others: ['the Moon', 'Sirius', 'Paris', 'the Alps', 'Berlin', 'der Mond'],
  },
  {
    en: 'a capital city',
    de: 'eine Hauptstadt',
    members: ['Paris', 'Madrid', 'Berlin', 'Rome', 'Vienna', 'Wien', 'Rom'],
    others: ['Munich', 'Milan', 'Hamburg', 'Barcelona', 'Lyon', 'München', 'Mailand'],
  },
];

const QUESTIONS_EN = [
  'Which of these is {c}?',
  'Which one of the following is {c}?',
  'Pick the option that is {c}.',
  'Which of the following options is {c}?',
];
const QUESTIONS_DE = [
  'Welches davon ist {c}?',
  'Welche der folgenden Antworten ist {c}?',
  'Wähle die Option, die {c} ist.',
];
const LETTERS = ['A', 'B', 'C', 'D', 'E'];
const OPTION_STYLES: readonly ((letter: string, text: string) => string)[] = [
  (l, t) => `(${l}) ${t}`,
  (l, t) => `${l}) ${t}`,
  (l, t) => `${l}. ${t}`,
];

const TRUE_FACTS_EN = [
  'Paris is the capital of France.',
  'Water boils at a lower temperature on a high mountain.',
  'The Pacific is the largest ocean.',
  'Spiders have eight legs.',
  'The sun rises in the east.',
  'Shakespeare wrote Hamlet.',
  'Penguins can fly.',
  'The Great Wall is in Japan.',
  'Tomatoes are vegetables in botany.',
  'The Moon is bigger than the Earth.',
];
const TRUE_FACTS_DE = [
  'Berlin ist die Hauptstadt von Deutschland.',
  'Ein Jahr hat zwölf Monate.',
  'Goethe hat den Faust geschrieben.',
  'Wale sind Fische.',
  'Der Rhein fließt durch Köln.',
  'Die Sonne ist ein Stern.',
  'Pinguine leben am Nordpol.',
];
const TRUTH_WRAPPERS = [
  (f: string) => `True or false: ${f}`,
  (f: string) => `${f} True or false?`,
  (f: string) => `Is the following statement true, false, or uncertain? ${f}`,
  (f: string) => `Is it true that ${f.charAt(0).toLowerCase()}${f.slice(1, -1)}?`,
];
const TRUTH_WRAPPERS_DE = [
  (f: string) => `Wahr oder falsch: ${f}`,
  (f: string) => `${f} Stimmt das oder ist es falsch?`,
  (f: string) => `Ist die folgende Aussage wahr oder falsch? ${f}`,
];

const fromSources = (rows: readonly LabeledRow[], prefixes: readonly string[]): LabeledRow[] =>
  rows.filter((r) => prefixes.some((p) => r.source.startsWith(p)));

/** Body and final question of a logic prompt ("premises…\n\nquestion"). */
function splitQuestion(prompt: string): { body: string; question: string } | undefined {
  const at = prompt.lastIndexOf('\n\n');
  if (at <= 0) return undefined;
  return { body: prompt.slice(0, at), question: prompt.slice(at + 2).trim() };
}

function statements(body: string): string[] {
  return (body.match(/[^.\n]+\./g) ?? []).map((s) => s.trim()).filter((s) => s.length > 8);
}

export function shortLogic(rng: Rng, row: LabeledRow): string | undefined {
  const parts = splitQuestion(row.prompt);
  if (!parts) return undefined;
  const facts = statements(parts.body);
  if (facts.length < 3) return undefined;
  const take = 2 + Math.floor(rng() * 3);
  const start = Math.floor(rng() * Math.max(1, facts.length - take));
  let question = parts.question;
  // AR-LSAT: keep the question line, drop the answer options.
  if (PUZZLE_SOURCES.some((p) => row.source.startsWith(p)))
    question = question.split('\n')[0] ?? question;
  // Some with an intro that names the text, so "text" does not become a quick-only word.
  const intro = rng() < 0.3 ? `${pick(rng, TEXT_INTROS)}\n\n` : '';
  return `${intro}${facts.slice(start, start + take).join(' ')}\n\n${question}`;
}

function passageQuick(rng: Rng, row: LabeledRow): string | undefined {
  const parts = splitQuestion(row.prompt);
  const body = (parts?.body ?? row.prompt).replace(
    /^(?:Premises|Facts and rules|Given the following):\s*/i,
    '',
  );
  if (body.length < 150) return undefined;
  const request = pick(rng, SIMPLE_REQUESTS);
  return rng() < 0.75 ? `${body}\n\n${request}` : `${request}\n\n${body}`;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function optionsQuick(rng: Rng): string {
  const category = pick(rng, CATEGORIES);
  const german = rng() < 0.35;
  const question = pick(rng, german ? QUESTIONS_DE : QUESTIONS_EN).replace(
    '{c}',
    german ? category.de : category.en,
  );
  const count = 3 + Math.floor(rng() * 3);
  const options = shuffled(rng, [
    pick(rng, category.members),
    ...shuffled(rng, category.others).slice(0, count - 1),
  ]);
  const style = pick(rng, OPTION_STYLES);
  const lines = options.map((text, i) => style(LETTERS[i] ?? 'E', text));
  return `${question}${rng() < 0.5 ? '\n' : ' '}${lines.join(rng() < 0.6 ? '\n' : ' ')}`;
}

export function truthQuick(rng: Rng): string {
  if (rng() < 0.35) return pick(rng, TRUTH_WRAPPERS_DE)(pick(rng, TRUE_FACTS_DE));
  return pick(rng, TRUTH_WRAPPERS)(pick(rng, TRUE_FACTS_EN));
}

export interface ReasoningViewCounts {
  passageQuick: number;
  optionsQuick: number;
  truthQuick: number;
}

export interface ReasoningViews {
  shortLogic: string[];
  passageQuick: string[];
  optionsQuick: string[];
  truthQuick: string[];
}

export function buildReasoningViews(
  rng: Rng,
  rows: readonly LabeledRow[],
  counts: ReasoningViewCounts,
): ReasoningViews {
  const shortLogicViews: string[] = [];
  for (const row of fromSources(rows, [...LOGIC_SOURCES, ...PUZZLE_SOURCES])) {
    const prompt = shortLogic(rng, row);
    if (prompt !== undefined) shortLogicViews.push(prompt);
  }
  const passages = fromSources(rows, PASSAGE_SOURCES);
  const passageViews: string[] = [];
  for (let i = 0; i < counts.passageQuick * 3 && passageViews.length < counts.passageQuick; i++) {
    if (passages.length === 0) break;
    const prompt = passageQuick(rng, pick(rng, passages));
    if (prompt !== undefined) passageViews.push(prompt);
  }
  return {
    shortLogic: shortLogicViews,
    passageQuick: passageViews,
    optionsQuick: Array.from({ length: counts.optionsQuick }, () => optionsQuick(rng)),
    truthQuick: Array.from({ length: counts.truthQuick }, () => truthQuick(rng)),
  };
}
