import { describe, expect, it } from 'vitest';
import { detectMode } from './detector';
import { routePrompt } from './route-prompt';

/*
 * Issue 22, item 3: the seven languages beyond English and German, with prompts written for this
 * test (not from the templates the detector was trained or tuned on), and the default for a
 * language the detector does not know.
 */
const THINK: readonly [string, string][] = [
  ['es', 'Un tren sale a las 8 y recorre 240 km a 80 km por hora. ¿A qué hora llega?'],
  [
    'fr',
    'Si tous les oiseaux ont des plumes et que Coco est un oiseau, Coco a-t-il des plumes ? Justifie.',
  ],
  ['it', 'Scrivi una funzione in Python che inverta una lista senza usare reverse().'],
  ['pt', 'Uma loja vende camisas a 25 euros. Com 15 % de desconto, quanto custam 3 camisas?'],
  ['ru', 'В классе 28 учеников, девочек на 4 больше, чем мальчиков. Сколько мальчиков в классе?'],
  ['zh', '一个长方形的长是十二米，宽是五米，它的面积是多少平方米？'],
  ['ja', 'りんごが１５個あります。３人で同じ数ずつ分けると、1人何個になりますか？'],
];
const QUICK: readonly [string, string][] = [
  ['es', '¿Me recomiendas una película para esta noche?'],
  ['fr', 'Écris un petit message pour souhaiter un bon anniversaire à ma sœur.'],
  ['it', 'Qual è il piatto tipico di Napoli?'],
  ['pt', 'Traduz «bom apetite» para francês.'],
  ['ru', 'Привет! Что посмотреть на выходных?'],
  ['zh', '请帮我写一句生日祝福语。'],
  ['ja', '東京でおすすめの観光地を教えてください。'],
];

describe('seven more languages', () => {
  it.each(THINK)('thinks about the %s prompt %j', (_, prompt) => {
    expect(detectMode(prompt).mode).toBe('think');
  });

  it.each(QUICK)('answers the %s prompt %j quickly', (_, prompt) => {
    expect(detectMode(prompt).mode).toBe('quick');
  });
});

describe('a language the detector does not know', () => {
  // Only language-neutral structure speaks (digits, operators, code); without it Auto answers quick.
  it.each(['안녕하세요! 오늘 기분이 어때요?', 'สวัสดีครับ วันนี้อากาศดีไหม'])(
    'answers plain chat quickly: %j',
    (prompt) => {
      expect(routePrompt(prompt).route).toBe('quick');
    },
  );

  it.each([
    '17 × 24 − 13 = ?',
    'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n# 이 코드를 고쳐 주세요',
  ])('still thinks when the structure asks for it: %j', (prompt) => {
    expect(detectMode(prompt).mode).toBe('think');
  });
});
