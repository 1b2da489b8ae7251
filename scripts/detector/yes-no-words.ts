// The words the yes-no-think view (yes-no-views.ts) fills its question templates with.

export type Lang = 'en' | 'de';

export const PEOPLE: Record<Lang, readonly string[]> = {
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
export const LATER_THINGS: Record<Lang, readonly string[]> = {
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
export const ANIMALS: Record<Lang, readonly string[]> = {
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
export const SPACES: Record<Lang, readonly string[]> = {
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
export const PLACES: Record<Lang, readonly string[]> = {
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
export const DIETS: Record<Lang, readonly string[]> = {
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
export const DISHES: Record<Lang, readonly string[]> = {
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
export const TASKS: Record<Lang, readonly string[]> = {
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
export const SPANS: Record<Lang, readonly string[]> = {
  en: ['a weekend', 'one week', 'a single day', 'a month', 'one summer holiday'],
  de: ['ein Wochenende', 'eine Woche', 'ein einziger Tag', 'ein Monat', 'die Sommerferien'],
};
export const ORGANISATIONS: Record<Lang, readonly string[]> = {
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
export const LANGUAGES: Record<Lang, readonly string[]> = {
  en: ['Spanish', 'Chinese', 'Latin', 'French', 'German', 'Portuguese'],
  de: ['Spanisch', 'Chinesisch', 'Latein', 'Französisch', 'Englisch', 'Portugiesisch'],
};

export const COUNTRIES: Record<Lang, readonly string[]> = {
  en: ['France', 'Spain', 'Canada', 'Australia', 'Peru', 'Norway', 'Kenya'],
  de: ['Frankreich', 'Österreich', 'der Schweiz', 'Italien', 'Tschechien', 'Norwegen'],
};
