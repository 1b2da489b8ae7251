import { pick, shuffleInPlace, type Rng } from './rng';

/*
 * Short reasoning prompts generated from templates, in English and German, for the think side:
 * the data's logic prompts are long and come in a few fixed wrappers, and its only short think
 * prompts without numbers are StrategyQA questions. These teach what a short puzzle looks like:
 * swaps (keeping track of changes), orderings, schedules, instruction sequences, rule chains,
 * truth-tellers, boolean expressions and bare arithmetic. Random names, items and structure, so
 * no single sentence repeats often enough to become a shortcut.
 */

type Lang = 'en' | 'de';
type Template = (rng: Rng, lang: Lang) => string;

const NAMES: Record<Lang, readonly string[]> = {
  en: [
    'Alice',
    'Bob',
    'Carol',
    'Dave',
    'Emma',
    'Frank',
    'Grace',
    'Henry',
    'Ivy',
    'Jack',
    'Lena',
    'Omar',
  ],
  de: [
    'Anna',
    'Ben',
    'Clara',
    'David',
    'Emil',
    'Frieda',
    'Greta',
    'Hannes',
    'Ida',
    'Jonas',
    'Lea',
    'Paul',
  ],
};
const ITEMS: Record<Lang, readonly string[]> = {
  en: ['red ball', 'blue ball', 'green hat', 'old book', 'yellow scarf', 'silver key', 'black pen'],
  de: [
    'roten Ball',
    'blauen Hut',
    'grünen Schal',
    'alten Schlüssel',
    'gelben Stift',
    'kleinen Koffer',
  ],
};

function distinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T);
  return out;
}

const swaps: Template = (rng, lang) => {
  const [a = '', b = '', c = ''] = distinct(rng, NAMES[lang], 3);
  const [x = '', y = '', z = ''] = distinct(rng, ITEMS[lang], 3);
  const pairs = [`${a}|${b}`, `${b}|${c}`, `${a}|${c}`];
  const steps = Array.from({ length: 2 + Math.floor(rng() * 2) }, () =>
    pick(rng, pairs).split('|'),
  );
  const who = pick(rng, [a, b, c]);
  if (lang === 'de') {
    const moves = steps.map(
      ([p, q], i) => `${i === 0 ? 'Zuerst' : i === 1 ? 'Dann' : 'Danach'} tauschen ${p} und ${q}.`,
    );
    return `${a} hat einen ${x}, ${b} einen ${y} und ${c} einen ${z}. ${moves.join(' ')} Was hat ${who} jetzt?`;
  }
  const moves = steps.map(
    ([p, q], i) => `${i === 0 ? 'First' : i === 1 ? 'Then' : 'After that'} ${p} and ${q} swap.`,
  );
  return `${a} has a ${x}, ${b} a ${y} and ${c} a ${z}. ${moves.join(' ')} What does ${who} have now?`;
};

const orderings: Template = (rng, lang) => {
  const people = distinct(rng, NAMES[lang], 3 + Math.floor(rng() * 2));
  const en = ['taller than', 'older than', 'faster than', 'heavier than'];
  const de = ['größer als', 'älter als', 'schneller als', 'schwerer als'];
  const k = Math.floor(rng() * en.length);
  const facts = people
    .slice(1)
    .map((p, i) =>
      lang === 'de' ? `${people[i]} ist ${de[k]} ${p}.` : `${people[i]} is ${en[k]} ${p}.`,
    );
  const order = shuffleInPlace(rng, facts).join(' ');
  if (lang === 'de')
    return `${order} ${pick(rng, ['Wer ist am kleinsten?', 'Wer steht in der Mitte?', 'Wer ist Zweiter?', 'Wer liegt ganz vorne?'])}`;
  return `${order} ${pick(rng, ['Which of them comes last?', 'Who is in the middle?', 'Name the second one.', 'Rank them from first to last.'])}`;
};

const schedules: Template = (rng, lang) => {
  const people = distinct(rng, NAMES[lang], 4);
  const [a = '', b = '', c = '', d = ''] = people;
  if (lang === 'de')
    return `${people.join(', ')} halten nacheinander je einen Vortrag. ${a} spricht direkt vor ${b}. ${c} spricht nicht als Erste. ${d} spricht nach ${b}. Wer spricht zuletzt?`;
  return pick(rng, [
    `Four talks by ${people.join(', ')} fill four slots. ${a} speaks immediately before ${b}, ${c} is not first, and ${d} comes after ${b}. Who speaks last?`,
    `${a}, ${b}, ${c} and ${d} each get one weekday from Monday to Thursday. ${a} must be earlier than ${c}, ${b} cannot be on Monday, and ${d} is the day after ${b}. Which day can ${c} take?`,
  ]);
};

const instructions: Template = (rng, lang) => {
  const en = [
    'Take one step forward.',
    'Turn left.',
    'Turn right.',
    'Turn around.',
    'Take two steps.',
    'Walk three steps back.',
  ];
  const de = [
    'Gehe einen Schritt vor.',
    'Drehe dich nach links.',
    'Drehe dich nach rechts.',
    'Drehe dich um.',
    'Gehe zwei Schritte.',
    'Gehe drei Schritte zurück.',
  ];
  const moves = Array.from({ length: 3 + Math.floor(rng() * 4) }, () =>
    pick(rng, lang === 'de' ? de : en),
  );
  if (lang === 'de')
    return `Du startest mit Blick nach Norden. ${moves.join(' ')} ${pick(rng, ['In welche Richtung schaust du?', 'Bist du wieder am Startpunkt?', 'Wo stehst du jetzt?'])}`;
  return `You start facing north. ${moves.join(' ')} ${pick(rng, ['Which way are you facing?', 'Are you back where you started?', 'Where are you now?'])}`;
};

const RULE_WORDS: Record<Lang, readonly string[]> = {
  en: ['blorps', 'tavs', 'mirks', 'zens', 'quells', 'dobs'],
  de: ['Blorps', 'Tavs', 'Mirks', 'Zens', 'Quells', 'Dobs'],
};
const rules: Template = (rng, lang) => {
  const [p = '', q = '', r = ''] = distinct(rng, RULE_WORDS[lang], 3);
  const [name = ''] = distinct(rng, NAMES[lang], 1);
  if (lang === 'de')
    return pick(rng, [
      `Alle ${p} sind ${q}. Kein ${q} ist ein ${r}. ${name} ist ein ${p}. Ist ${name} ein ${r}?`,
      `Wenn es regnet, ist die Straße nass. Wenn die Straße nass ist, fährt ${name} langsam. ${name} fährt nicht langsam. Hat es geregnet?`,
    ]);
  return pick(rng, [
    `All ${p} are ${q}. No ${q} is a ${r}. ${name} is one of the ${p}. Is ${name} a ${r}?`,
    `If the alarm rings, ${name} wakes up. If ${name} wakes up, the dog is fed. The dog was not fed. Did the alarm ring?`,
    `Some ${p} are ${q}. Every ${q} is a ${r}. Must some ${p} be ${r}?`,
  ]);
};

const liars: Template = (rng, lang) => {
  const [a = '', b = '', c = ''] = distinct(rng, NAMES[lang], 3);
  if (lang === 'de')
    return `${a} sagt: „${b} lügt.“ ${b} sagt: „${c} lügt.“ ${c} sagt: „${a} und ${b} lügen beide.“ Wer sagt die Wahrheit?`;
  return `${a} says ${b} is lying. ${b} says ${c} is lying. ${c} says both ${a} and ${b} are lying. ${pick(rng, ['Who is telling the truth?', 'Which of them are liars?', 'Can all three be honest?'])}`;
};

function booleanExpression(rng: Rng, depth: number): string {
  if (depth === 0 || rng() < 0.3)
    return `${rng() < 0.3 ? 'not ' : ''}${pick(rng, ['True', 'False'])}`;
  const left = booleanExpression(rng, depth - 1);
  const right = booleanExpression(rng, depth - 1);
  return `( ${left} ${pick(rng, ['and', 'or'])} ${right} )`;
}
const booleans: Template = (rng, lang) => {
  const expression = booleanExpression(rng, 3);
  return lang === 'de'
    ? `Werte aus: ${expression}`
    : `${pick(rng, ['Evaluate:', 'What is', ''])} ${expression}`.trim();
};

const arithmetic: Template = (rng, lang) => {
  const n = (): number => 2 + Math.floor(rng() * 97);
  const op = (): string => pick(rng, ['+', '-', '×', '*', '/', '÷']);
  const expression = `${n()} ${op()} ${n()} ${op()} ${n()}`;
  if (lang === 'de')
    return pick(rng, [
      `Was ist ${expression}?`,
      `Wie viel ist ${expression}?`,
      `Berechne ${expression}.`,
    ]);
  return pick(rng, [`What is ${expression}?`, `${expression} = ?`, `Compute ${expression}.`]);
};

const TEMPLATES: readonly Template[] = [
  swaps,
  orderings,
  schedules,
  instructions,
  rules,
  liars,
  booleans,
  arithmetic,
];

export function reasoningTemplates(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    (TEMPLATES[i % TEMPLATES.length] ?? swaps)(rng, rng() < 0.35 ? 'de' : 'en'),
  );
}
