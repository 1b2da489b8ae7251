import { pick, type Rng } from './rng';

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

type Lang = 'en' | 'de';
type Filler = (rng: Rng) => string;

const PEOPLE: Record<Lang, readonly string[]> = {
  en: [
    'Julius Caesar',
    'Cleopatra',
    'Leonardo da Vinci',
    'Isaac Newton',
    'Queen Victoria',
    'Mozart',
    'Abraham Lincoln',
    'Marie Curie',
    'Genghis Khan',
    'Galileo',
    'Charles Darwin',
    'Joan of Arc',
  ],
  de: [
    'Goethe',
    'Karl der Große',
    'Martin Luther',
    'Bach',
    'Beethoven',
    'Kaiserin Sisi',
    'Albrecht Dürer',
    'Friedrich der Große',
    'Albert Einstein',
    'Hildegard von Bingen',
  ],
};
const LATER_THINGS: Record<Lang, readonly string[]> = {
  en: [
    'a telephone',
    'a steam train',
    'a photograph of himself',
    'a radio broadcast',
    'a printed newspaper',
    'an electric light',
    'potatoes',
    'a typewriter',
    'chocolate bars',
    'a bicycle',
  ],
  de: [
    'ein Telefon',
    'eine Dampflok',
    'ein Foto',
    'eine Radiosendung',
    'eine gedruckte Zeitung',
    'elektrisches Licht',
    'Kartoffeln',
    'eine Schreibmaschine',
    'Schokolade',
    'ein Fahrrad',
  ],
};
const ANIMALS: Record<Lang, readonly string[]> = {
  en: [
    'a giraffe',
    'an elephant',
    'a penguin',
    'a camel',
    'a polar bear',
    'a goldfish',
    'a horse',
    'a hamster',
    'a blue whale',
    'an ostrich',
    'a koala',
    'a llama',
  ],
  de: [
    'eine Giraffe',
    'ein Elefant',
    'ein Pinguin',
    'ein Kamel',
    'ein Eisbär',
    'ein Goldfisch',
    'ein Pferd',
    'ein Hamster',
    'ein Blauwal',
    'ein Strauß',
    'ein Koala',
  ],
};
const SPACES: Record<Lang, readonly string[]> = {
  en: [
    'a phone box',
    'a school bus',
    'an elevator',
    'a bathtub',
    'a shoebox',
    'a tennis court',
    'a car boot',
    'a living room',
  ],
  de: [
    'eine Telefonzelle',
    'einen Schulbus',
    'einen Aufzug',
    'eine Badewanne',
    'einen Schuhkarton',
    'einen Kofferraum',
    'ein Wohnzimmer',
  ],
};
const PLACES: Record<Lang, readonly string[]> = {
  en: [
    'the Sahara',
    'Antarctica',
    'the Amazon rainforest',
    'the Dead Sea',
    'Mount Everest',
    'a desert island',
    'the Arctic',
    'a city park',
  ],
  de: [
    'der Sahara',
    'der Antarktis',
    'dem Regenwald',
    'dem Toten Meer',
    'dem Mount Everest',
    'einer einsamen Insel',
    'der Arktis',
  ],
};
const DIETS: Record<Lang, readonly string[]> = {
  en: [
    'a vegan',
    'a vegetarian',
    'someone who keeps kosher',
    'a person with a nut allergy',
    'a strict Muslim',
    'someone on a gluten-free diet',
  ],
  de: [
    'ein Veganer',
    'eine Vegetarierin',
    'jemand mit Nussallergie',
    'ein gläubiger Muslim',
    'jemand, der kein Gluten verträgt',
  ],
};
const DISHES: Record<Lang, readonly string[]> = {
  en: [
    'gummy bears',
    'a Caesar salad',
    'pepperoni pizza',
    'a cheeseburger',
    'pesto pasta',
    'marshmallows',
    'a croissant',
    'pad thai',
  ],
  de: [
    'Gummibärchen',
    'Leberkäse',
    'Spätzle',
    'eine Currywurst',
    'Marzipan',
    'Schwarzwälder Kirschtorte',
    'Maultaschen',
  ],
};
const TASKS: Record<Lang, readonly string[]> = {
  en: [
    'walk from Paris to Rome',
    'read every Harry Potter book',
    'watch every episode of The Simpsons',
    'cycle across Australia',
    'swim across the English Channel twice',
    'learn to speak Japanese fluently',
    'visit every country in Europe',
  ],
  de: [
    'zu Fuß von Hamburg nach München zu gehen',
    'alle Folgen der Lindenstraße zu schauen',
    'mit dem Rad durch ganz Deutschland zu fahren',
    'fließend Chinesisch zu lernen',
    'jedes Land Europas zu besuchen',
  ],
};
const SPANS: Record<Lang, readonly string[]> = {
  en: ['a weekend', 'one week', 'a single day', 'a month', 'one summer holiday'],
  de: ['ein Wochenende', 'eine Woche', 'ein einziger Tag', 'ein Monat', 'die Sommerferien'],
};
const ORGANISATIONS: Record<Lang, readonly string[]> = {
  en: [
    'the news anchors in Brazil',
    'most people in Quebec',
    'the Swiss Guard',
    'the crew of the first Moon landing',
    'the Beatles',
    'the Roman legions',
    'Vikings',
  ],
  de: [
    'die Nachrichtensprecher in Brasilien',
    'die meisten Menschen in Quebec',
    'die Schweizergarde',
    'die Beatles',
    'die römischen Legionen',
    'die Wikinger',
  ],
};
const LANGUAGES: Record<Lang, readonly string[]> = {
  en: ['Spanish', 'Chinese', 'Latin', 'French', 'German', 'Portuguese'],
  de: ['Spanisch', 'Chinesisch', 'Latein', 'Französisch', 'Englisch', 'Portugiesisch'],
};

const COUNTRIES: Record<Lang, readonly string[]> = {
  en: ['France', 'Spain', 'Canada', 'Australia', 'Peru', 'Norway', 'Kenya'],
  de: ['Frankreich', 'Österreich', 'der Schweiz', 'Italien', 'Tschechien', 'Norwegen'],
};
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
