import { describe, expect, it } from 'vitest';
import { NAMED_FEATURES } from './feature-space';
import { extractFeatures, type FeatureConfig } from './features';
import { englishness } from './language';
import { CUES } from './lexicon';
import { lexiconWords, matchCues } from './lexicon-matcher';
import { foldText } from './normalize';
import { codeSyntaxKinds, countNumbers, operatorChain, structureSignals } from './structure';

const CONFIG: FeatureConfig = { hashBits: 12, charNgramMin: 2, charNgramMax: 4, ngramFloor: 0.15 };

function named(prompt: string): Record<string, number> {
  const values = extractFeatures(prompt, CONFIG).named;
  return Object.fromEntries(NAMED_FEATURES.map((f, i) => [f.id, values[i] ?? 0]));
}

function cues(prompt: string): string[] {
  const counts = matchCues(lexiconWords(foldText(prompt)));
  return CUES.filter((_, i) => (counts[i] ?? 0) > 0).map((cue) => cue.id);
}

describe('foldText', () => {
  it('lower-cases, folds accents and normalises math symbols', () => {
    expect(foldText('Größe')).toBe('grosse');
    expect(foldText('¿Cuántos   son?')).toBe('¿cuantos son?');
    expect(foldText('17 × 24 − 13 ÷ 2')).toBe('17 * 24 - 13 / 2');
  });
});

describe('numbers and operators', () => {
  it('counts numbers apart from years', () => {
    expect(
      countNumbers(foldText('In 1999 I had 3 apples and 12.5 kg of flour, 1,200 g total.')),
    ).toEqual({
      numbers: 3,
      years: 1,
    });
    expect(countNumbers('mp3 players and covid19')).toEqual({ numbers: 0, years: 0 });
  });

  it('measures operator chains and ignores dates and year ranges', () => {
    expect(operatorChain(foldText('What is 17 × 24 − 13?'))).toBe(2);
    expect(operatorChain('compute (3 + 4) * 2')).toBe(2);
    expect(operatorChain('2^10 - 1')).toBe(2);
    expect(operatorChain('12 / 4')).toBe(1);
    expect(operatorChain(foldText('Was ist 23 mal 47 minus 100?'))).toBe(2);
    expect(operatorChain('what caused the 2007-2008 financial crisis?')).toBe(0);
    expect(operatorChain('born on 12/25/1990 in paris')).toBe(0);
    expect(operatorChain('she has 3 cats and 2 dogs')).toBe(0);
  });

  it('detects units, currency, percentages and equations', () => {
    const s = structureSignals(
      'Solve 3x + 5 = 20. A bike costs $40 or 35 €, 15% off, 12 km away.',
      foldText('Solve 3x + 5 = 20. A bike costs $40 or 35 €, 15% off, 12 km away.'),
    );
    expect(s).toMatchObject({ equation: true, currency: true, percent: true, unit: true });
    const plain = 'Who painted the Mona Lisa?';
    expect(structureSignals(plain, foldText(plain))).toMatchObject({
      numbers: 0,
      operatorChain: 0,
      equation: false,
      currency: false,
      unit: false,
      codeSyntax: 0,
      endsWithQuestion: true,
    });
  });
});

describe('code detection', () => {
  it('counts kinds of code syntax', () => {
    expect(codeSyntaxKinds('def f(x):\n    return x[0] == 1;')).toBeGreaterThanOrEqual(3);
    expect(codeSyntaxKinds('const add = (a, b) => a + b;')).toBeGreaterThanOrEqual(2);
    expect(codeSyntaxKinds('SELECT name FROM users WHERE id = 1')).toBeGreaterThanOrEqual(1);
    expect(codeSyntaxKinds('Tell me about the history of the Roman Empire.')).toBe(0);
  });

  it('flags code blocks, identifiers and language names', () => {
    const f = named('Why does my_function fail?\n```python\nprint(my_list[0])\n```');
    expect(f['code:block']).toBe(1);
    expect(f['code:identifier']).toBe(1);
    expect(f['code:language']).toBe(1);
    expect(named('Who was Ada Lovelace?')['code:language']).toBe(0);
  });
});

describe('cue lexicon', () => {
  it('builds without invalid patterns', () => {
    expect(() => matchCues([])).not.toThrow();
  });

  it('maps phrases from several languages onto the same cue', () => {
    for (const prompt of [
      'How many eggs?',
      'Wie viele Eier?',
      'Combien d’œufs ?',
      '¿Cuántos huevos?',
    ]) {
      expect(cues(prompt)).toContain('cue:how-many');
    }
    for (const prompt of [
      'Write a Python function that sorts a list.',
      'Schreibe eine Funktion in Python, die eine Liste sortiert.',
      'Écris une fonction qui trie une liste.',
      'Escribe una función que ordene una lista.',
    ]) {
      expect(cues(prompt)).toContain('cue:write-code');
    }
    expect(cues('Beweise, dass √2 irrational ist.')).toContain('cue:prove');
    expect(cues('Wer hat Faust geschrieben?')).toContain('cue:who');
    expect(cues('Schreib mir ein Gedicht über den Herbst.')).toContain('cue:creative');
  });

  it('matches whole words only', () => {
    expect(cues('How can I improve my running?')).not.toContain('cue:prove');
    expect(cues('Tell me about the Enigma machine.')).not.toContain('cue:logic');
  });

  it('skips up to three words in a gap', () => {
    expect(cues('write a recursive python function')).toContain('cue:write-code');
    expect(cues('write a very long and boring list of things that a function does')).not.toContain(
      'cue:write-code',
    );
  });
});

describe('extractFeatures', () => {
  it('keeps every named feature within [0, 1]', () => {
    const values = extractFeatures(
      '1 2 3 4 5 6 7 8 9 10 ??? how many? $5 + 3 * 2 = x',
      CONFIG,
    ).named;
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const prompt = 'Ein Zug fährt 80 km/h. Wie lange braucht er für 200 km?';
    expect(extractFeatures(prompt, CONFIG)).toEqual(extractFeatures(prompt, CONFIG));
  });

  it('normalises n-gram mass so length alone does not grow it', () => {
    const norm = (prompt: string): number => {
      const { values } = extractFeatures(prompt, CONFIG);
      return Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
    };
    const short = norm('Who wrote Faust?');
    const long = norm(
      'I have been reading a lot of German literature lately, mostly novels, and a friend told me I should try the classics. Who wrote Faust?',
    );
    expect(short).toBeCloseTo(Math.SQRT2, 1);
    expect(long).toBeCloseTo(short, 1);
  });

  it('scales the English-trained n-grams down for other languages', () => {
    expect(englishness(lexiconWords('what is the capital of france'))).toBe(1);
    expect(englishness(lexiconWords('was ist die hauptstadt von frankreich'))).toBeLessThan(0.3);
    const german = extractFeatures('Was ist die Hauptstadt von Frankreich?', CONFIG);
    expect(german.englishness).toBeLessThan(0.3);
    expect(extractFeatures('x', CONFIG, { ngrams: false }).indices).toHaveLength(0);
  });

  it('treats Russian, Chinese and Japanese prompts as not English', () => {
    expect(
      extractFeatures('Сколько будет семь умножить на восемь?', CONFIG).englishness,
    ).toBeLessThan(0.1);
    expect(extractFeatures('这个函数是做什么的？', CONFIG).englishness).toBeLessThan(0.1);
    expect(extractFeatures('この関数は何をしますか？', CONFIG).englishness).toBeLessThan(0.1);
  });
});

describe('shape features (their combinations are learned, not written by hand)', () => {
  it('marks hypothetical yes/no questions, not requests to the assistant', () => {
    expect(
      named('Could a goldfish survive a week in a bathtub?')['text:hypothetical-question'],
    ).toBe(1);
    expect(named('Könnte ein Eisbär in der Wüste leben?')['text:hypothetical-question']).toBe(1);
    expect(named('Could you explain how tides work?')['text:hypothetical-question']).toBe(0);
    expect(
      named('Wurde der Kölner Dom im Mittelalter begonnen?')['text:hypothetical-question'],
    ).toBe(0);
  });

  it('marks a second clause inside a yes/no question', () => {
    expect(named('Was the bridge finished before the war began?')['text:linked-clause']).toBe(1);
    expect(named('Is Lisbon in Portugal?')['text:linked-clause']).toBe(0);
    expect(cues('Passt ein Sofa in einen Aufzug?')).toContain('cue:fact-link');
  });

  it('measures inline lists in Latin and CJK punctuation', () => {
    expect(
      named('How many of these are fruits: apple, chair, pear, plum?')['text:list-items'],
    ).toBeCloseTo(4 / 6);
    expect(named('苹果、椅子、梨和李子中有几个水果？')['text:list-items']).toBeCloseTo(3 / 6);
    expect(named('Hello, how are you?')['text:list-items']).toBe(0);
  });

  it('marks dates and clock times that were masked', () => {
    expect(named('What was the date ten days before March 3, 2024?')['time:date-or-time']).toBe(1);
    expect(named('The film starts at 19:30. What time does it end?')['time:date-or-time']).toBe(1);
    expect(named('How many days are in a leap year?')['time:date-or-time']).toBe(0);
  });

  it('reads the English date and list cues', () => {
    expect(cues('What date is 52 days after June 18?')).toContain('cue:date-arithmetic');
    expect(cues('If today is Monday, what day of the week is it in 10 days?')).toContain(
      'cue:date-arithmetic',
    );
    expect(cues('How many of these are vegetables: carrot, apple, leek?')).toContain(
      'cue:count-items',
    );
  });
});

describe('scripts other than Latin', () => {
  const numbers = (prompt: string): number => extractFeatures(prompt, CONFIG).structure.numbers;

  it('counts CJK numerals before a counter and full-width digits as numbers', () => {
    expect(foldText('买了三本书，又买了２本')).toBe('买了 3 本书,又买了 2 本');
    expect(numbers('小明有十二个苹果，吃了三个。还剩几个？')).toBe(2);
    expect(numbers('写一个函数')).toBe(0);
    expect(numbers('りんごを１２個買いました')).toBe(1);
  });

  it('reads spelled operators and "percent of" as arithmetic', () => {
    expect(operatorChain(foldText('Сколько будет 3 умножить на 4?'))).toBe(1);
    expect(operatorChain(foldText('3乘以4等于多少？'))).toBe(1);
    expect(operatorChain(foldText('¿Cuál es el 45 % de 920?'))).toBe(1);
    expect(operatorChain(foldText('720的45%是多少？'))).toBe(1);
  });

  it('finds Russian, Chinese and Japanese cue phrases', () => {
    expect(cues('Напиши функцию на Python')).toContain('cue:write-code');
    expect(cues('Сколько яблок осталось?')).toContain('cue:how-many');
    const cjk = (prompt: string): string[] => {
      const folded = foldText(prompt);
      const counts = matchCues(lexiconWords(folded), folded);
      return CUES.filter((_, i) => (counts[i] ?? 0) > 0).map((cue) => cue.id);
    };
    expect(cjk('用Python写一个函数')).toContain('cue:write-code');
    expect(cjk('小明比小红高')).toContain('cue:ordering');
    expect(cjk('おつりはいくらですか？')).toContain('cue:how-many');
    expect(cjk('你好！')).toContain('cue:chit-chat');
  });

  it('reads yes/no questions and question ends in Russian, Chinese and Japanese', () => {
    const r = (prompt: string) => extractFeatures(prompt, CONFIG);
    expect(r('Верно ли, что все кошки серые?').reasoning.yesNoQuestion).toBe(true);
    expect(r('东京在日本吗').reasoning.yesNoQuestion).toBe(true);
    expect(r('東京は日本にありますか').reasoning.yesNoQuestion).toBe(true);
    expect(r('東京はどこにありますか').reasoning.yesNoQuestion).toBe(false);
    expect(r('東京はどこにありますか').structure.endsWithQuestion).toBe(true);
  });
});

describe('what counts as a yes/no question', () => {
  const yesNo = (prompt: string): boolean =>
    extractFeatures(prompt, CONFIG).reasoning.yesNoQuestion;

  it('reads a polite request as a request, not as a yes/no question', () => {
    expect(yesNo('Can you give me three tips for a first marathon?')).toBe(false);
    expect(yesNo('Could you please explain how tides work?')).toBe(false);
    expect(yesNo('Kannst du mir ein Rezept für Pfannkuchen geben?')).toBe(false);
    expect(yesNo('Könnten Sie bitte den Text kürzen?')).toBe(false);
    // A question about what one could do stays a question.
    expect(yesNo('Could you bake a cake without any eggs?')).toBe(true);
    expect(yesNo('Kann man im Winter auf dem Bodensee segeln?')).toBe(true);
  });

  it('reads German "Was …?" as "what", English "Was …?" as yes or no', () => {
    expect(yesNo('Was kann man im Winter in Wien unternehmen?')).toBe(false);
    expect(yesNo('Was ist ein Schaltjahr?')).toBe(false);
    expect(yesNo('Was the Eiffel Tower built before the telephone was invented?')).toBe(true);
  });

  it('gives short yes/no questions n-gram channels of their own', () => {
    const channels = (prompt: string): number => {
      const { values } = extractFeatures(prompt, CONFIG);
      return Math.round(values.reduce((sum, v) => sum + v * v, 0));
    };
    // Each channel has L2 norm 1 for English: word and character channels, twice for yes/no.
    expect(channels('Where was the first World Cup held?')).toBe(2);
    expect(channels('Was the first World Cup held in Europe?')).toBe(4);
  });
});

describe('a passage with a look-up or an argument question', () => {
  it('recognises a request to find the answer in a given text', () => {
    expect(cues('Based on the passage, who founded the company?')).toContain('cue:find-in-text');
    expect(cues('Finde im Text die Stelle, an der der Vertrag erwähnt wird.')).toContain(
      'cue:find-in-text',
    );
    expect(cues('Gegeben ist folgender Absatz: …')).toContain('cue:find-in-text');
  });

  it('recognises questions about how two people argue', () => {
    expect(cues('Anna and Ben disagree with each other about whether')).toContain('cue:argument');
    expect(cues('Which of the following, if true, most helps to explain the result?')).toContain(
      'cue:argument',
    );
    expect(cues('Worüber sind sich Anna und Ben uneinig?')).toContain('cue:argument');
  });
});
