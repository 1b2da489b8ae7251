import { pick, type Rng } from './rng';
import {
  PEOPLE,
  LATER_THINGS,
  ANIMALS,
  SPACES,
  PLACES,
  DIETS,
  DISHES,
  TASKS,
  SPANS,
  ORGANISATIONS,
  LANGUAGES,
  COUNTRIES,
  type Lang,
} from './yes-no-words';

/*
 * yes-no-think: short yes/no questions, in English and German, written for this view, whose answer
 * needs several facts put together, none of them stated (a lifetime against an invention, a size
 * against a space, a diet against a dish, a language against a country): "Could Mozart have used
 * a telephone?", "Passt ein Pferd in einen Aufzug?". The data's only short think questions without
 * numbers are StrategyQA's, so without this view a yes/no question is think only when its words
 * happen to match one of them, and German ones ("Hätte …?", "Reicht …?") never are.
 * A quick counterpart (one-look-up questions such as "Is Lyon in France?") was tried and dropped:
 * it taught "Is X a Y?" = quick and cost more StrategyQA questions than it saved quick ones.
 */

type Filler = (rng: Rng) => string;

const fill = (template: string, fillers: Record<string, Filler>, rng: Rng): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => fillers[key]?.(rng) ?? key);

function fillers(lang: Lang): Record<string, Filler> {
  return {
    person: (rng) => pick(rng, PEOPLE[lang]),
    person2: (rng) => pick(rng, PEOPLE[lang]),
    later: (rng) => pick(rng, LATER_THINGS[lang]),
    animal: (rng) => pick(rng, ANIMALS[lang]),
    space: (rng) => pick(rng, SPACES[lang]),
    place: (rng) => pick(rng, PLACES[lang]),
    diet: (rng) => pick(rng, DIETS[lang]),
    dish: (rng) => pick(rng, DISHES[lang]),
    task: (rng) => pick(rng, TASKS[lang]),
    span: (rng) => pick(rng, SPANS[lang]),
    group: (rng) => pick(rng, ORGANISATIONS[lang]),
    language: (rng) => pick(rng, LANGUAGES[lang]),
    country: (rng) => pick(rng, COUNTRIES[lang]),
  };
}

const THINK: Record<Lang, readonly string[]> = {
  en: [
    'Could {person} have used {later}?',
    'Did {person} ever see {later}?',
    'Was {person} alive when {person2} was born?',
    'Could {person} and {person2} have met?',
    'Would {animal} fit in {space}?',
    'Could {animal} survive a winter in {place}?',
    'Would {animal} be comfortable living in {place}?',
    'Would {diet} eat {dish}?',
    'Is {dish} suitable for {diet}?',
    'Is {span} enough to {task}?',
    'Could you {task} in {span}?',
    'Do {group} speak {language}?',
    'Would {group} have understood {language}?',
    'Can {animal} outrun {animal}?',
    'Is {animal} heavier than {animal}?',
    'Would {person} have been surprised by {later}?',
    'Could a family of four live in {space}?',
    'Would the water in {place} freeze in July?',
    'Could a single person eat {dish} for every meal during a year?',
    'Is {dish} safe for {diet}?',
    'Can {animal} live in {place}?',
    'Is {place} a good home for {animal}?',
    'Was {later} around in the time of {person}?',
    'Was {person} older than {person2}?',
    'Did {person} live in the same century as {person2}?',
    'Does {dish} contain anything {diet} avoids?',
    'Is {animal} too big for {space}?',
    'Do {group} need an interpreter in {country}?',
  ],
  de: [
    'Hätte {person} {later} benutzen können?',
    'Könnte {person} {later} gesehen haben?',
    'Lebte {person} noch, als {person2} geboren wurde?',
    'Hätten sich {person} und {person2} treffen können?',
    'Passt {animal} in {space}?',
    'Könnte {animal} einen Winter in {place} überleben?',
    'Würde {diet} {dish} essen?',
    'Darf {diet} {dish} essen?',
    'Reicht {span}, um {task}?',
    'Sprechen {group} {language}?',
    'Hätten {group} {language} verstanden?',
    'Ist {animal} schneller als {animal}?',
    'Wäre {person} über {later} überrascht gewesen?',
    'Könnte eine Familie dauerhaft in {space} wohnen?',
    'Kann {diet} {dish} essen?',
    'Kann {animal} in {place} leben?',
    'War {person} älter als {person2}?',
    'Lebte {person} im selben Jahrhundert wie {person2}?',
    'Gab es {later} schon zur Zeit von {person}?',
    'Ist {animal} zu groß für {space}?',
  ],
};

export function yesNoThink(rng: Rng, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = rng() < 0.35 ? 'de' : 'en';
    out.push(fill(pick(rng, THINK[lang]), fillers(lang), rng));
  }
  return out;
}
