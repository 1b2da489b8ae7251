import type { Label } from './data';

/**
 * Hand-written prompts outside the dataset's distribution: short hard ones, long easy ones and
 * other languages. train.ts reports accuracy on them next to dev accuracy; they are not used for
 * fitting or for choosing hyperparameters. (The unit tests use a different set of prompts.)
 */
export interface Probe {
  prompt: string;
  label: Label;
  group: 'short-hard' | 'long-easy' | 'german' | 'other-language' | 'english-easy';
}

export const PROBES: readonly Probe[] = [
  // short prompts that need thinking
  { group: 'short-hard', label: 'think', prompt: 'What is 48 * 12 + 7?' },
  { group: 'short-hard', label: 'think', prompt: 'Is 221 a prime number?' },
  { group: 'short-hard', label: 'think', prompt: 'Solve 2x - 7 = 15.' },
  { group: 'short-hard', label: 'think', prompt: 'Implement binary search in TypeScript.' },
  { group: 'short-hard', label: 'think', prompt: 'Prove that there are infinitely many primes.' },
  { group: 'short-hard', label: 'think', prompt: 'How many weekdays are there in March 2025?' },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'A shirt costs $40 after a 20% discount. What was the original price?',
  },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'Three boxes hold 7, 9 and 12 apples. How many apples in total?',
  },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'Write a SQL query that returns the top 5 customers by revenue.',
  },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'Why does this code print None? def f(x): print(x)',
  },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'Solve this riddle: what has keys but cannot open locks?',
  },
  { group: 'short-hard', label: 'think', prompt: 'Explain step by step how to compute 15% of 80.' },
  { group: 'short-hard', label: 'think', prompt: 'What is the derivative of x^3 * sin(x)?' },
  {
    group: 'short-hard',
    label: 'think',
    prompt: 'Plan a 3-day trip to Rome on a budget of 500 euros.',
  },
  // long prompts that are easy
  {
    group: 'long-easy',
    label: 'quick',
    prompt:
      'My grandmother turns ninety next week and the whole family is coming together for the first time in years. She loves gardening, old movies and her three cats, and she still bakes bread every Sunday. Could you write a short, warm message I can put on her card?',
  },
  {
    group: 'long-easy',
    label: 'quick',
    prompt:
      'I just got back from a long walk along the river, the weather was lovely and I saw lots of ducks and a heron. It got me thinking about birds in general and how many different kinds live in cities. Anyway, what is the largest bird in the world?',
  },
  {
    group: 'long-easy',
    label: 'quick',
    prompt:
      'We are hosting a small dinner party on Saturday for some friends from work. Most of them are vegetarians, one is allergic to nuts, and everybody likes Italian food. Can you suggest a few dishes we could serve?',
  },
  {
    group: 'long-easy',
    label: 'quick',
    prompt:
      "I've been learning about European history and I keep mixing up the dates and names of the kings and queens, which is embarrassing when I talk to my friends who studied history at university. Who was the first queen of England?",
  },
  // German
  { group: 'german', label: 'think', prompt: 'Was ist 23 mal 47 minus 100?' },
  { group: 'german', label: 'think', prompt: 'Berechne die Fläche eines Kreises mit Radius 4 cm.' },
  {
    group: 'german',
    label: 'think',
    prompt: 'Schreibe ein Python-Programm, das die Fibonacci-Zahlen bis 100 ausgibt.',
  },
  {
    group: 'german',
    label: 'think',
    prompt: 'Ein Fahrrad kostet 240 €. Im Angebot gibt es 15 % Rabatt. Wie viel kostet es dann?',
  },
  {
    group: 'german',
    label: 'think',
    prompt: 'Zeige, dass die Summe zweier ungerader Zahlen gerade ist.',
  },
  {
    group: 'german',
    label: 'think',
    prompt: 'Löse das Gleichungssystem: x + y = 10 und x - y = 2.',
  },
  {
    group: 'german',
    label: 'think',
    prompt: 'Implementiere eine Funktion, die eine Liste sortiert, ohne sort() zu benutzen.',
  },
  {
    group: 'german',
    label: 'think',
    prompt: 'Tom ist doppelt so alt wie Lisa. Zusammen sind sie 36 Jahre alt. Wie alt ist Lisa?',
  },
  { group: 'german', label: 'quick', prompt: 'Wer hat die Relativitätstheorie entwickelt?' },
  { group: 'german', label: 'quick', prompt: 'Wann begann der Zweite Weltkrieg?' },
  { group: 'german', label: 'quick', prompt: 'Was ist die Hauptstadt von Australien?' },
  { group: 'german', label: 'quick', prompt: 'Schreib mir ein kurzes Gedicht über den Winter.' },
  { group: 'german', label: 'quick', prompt: 'Hallo! Wie geht es dir heute?' },
  { group: 'german', label: 'quick', prompt: 'Nenne fünf bekannte Schriftsteller aus Österreich.' },
  { group: 'german', label: 'quick', prompt: 'Was bedeutet das Wort „Fernweh“?' },
  { group: 'german', label: 'quick', prompt: 'Wo liegt der Bodensee?' },
  // other languages
  { group: 'other-language', label: 'think', prompt: 'Combien font 37 fois 24 ?' },
  {
    group: 'other-language',
    label: 'think',
    prompt: 'Écris une fonction Python qui inverse une chaîne de caractères.',
  },
  { group: 'other-language', label: 'think', prompt: 'Calcula el 15 % de 360 y réstale 20.' },
  {
    group: 'other-language',
    label: 'think',
    prompt: 'Escribe un programa que cuente las vocales de una frase.',
  },
  { group: 'other-language', label: 'think', prompt: 'Quanti minuti ci sono in 3 giorni e mezzo?' },
  { group: 'other-language', label: 'quick', prompt: 'Qui a écrit Les Misérables ?' },
  { group: 'other-language', label: 'quick', prompt: '¿Cuál es la capital de Perú?' },
  { group: 'other-language', label: 'quick', prompt: 'Chi ha dipinto la Gioconda?' },
  { group: 'other-language', label: 'quick', prompt: 'Wat is de hoofdstad van België?' },
  { group: 'other-language', label: 'quick', prompt: 'Escreva um poema curto sobre o mar.' },
  // easy English
  { group: 'english-easy', label: 'quick', prompt: 'Who painted the Mona Lisa?' },
  { group: 'english-easy', label: 'quick', prompt: 'Hi there!' },
  { group: 'english-easy', label: 'quick', prompt: 'Thanks, that was helpful.' },
  { group: 'english-easy', label: 'quick', prompt: 'What does "ephemeral" mean?' },
  { group: 'english-easy', label: 'quick', prompt: 'Write a haiku about autumn leaves.' },
  { group: 'english-easy', label: 'quick', prompt: 'When did World War II end?' },
];
