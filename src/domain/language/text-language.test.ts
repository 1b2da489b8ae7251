import { describe, expect, it } from 'vitest';
import { textLanguage } from './text-language';

describe('textLanguage', () => {
  it('tells the six languages apart', () => {
    expect(textLanguage('What is the capital of France?')).toBe('en');
    expect(textLanguage('Write a function that finds primes.')).toBe('en');
    expect(textLanguage('Was ist die Hauptstadt von Frankreich?')).toBe('de');
    expect(textLanguage('Schreibe eine Funktion, die Primzahlen findet.')).toBe('de');
    expect(textLanguage('¿Cuál es la capital de Francia?')).toBe('es');
    expect(textLanguage('Escribe una función que encuentre números primos.')).toBe('es');
    expect(textLanguage('Quelle est la capitale de la France ?')).toBe('fr');
    expect(textLanguage('Écrivez une fonction qui trouve les nombres premiers.')).toBe('fr');
    expect(textLanguage('法国的首都是哪里？')).toBe('zh');
    expect(textLanguage('フランスの首都はどこですか？')).toBe('ja');
    expect(textLanguage('東京都の人口は何人ですか')).toBe('ja');
  });

  it('follows the script that carries the text, not a stray word', () => {
    expect(textLanguage('用 Python 写一个快速排序函数')).toBe('zh');
    expect(textLanguage('Explain what 大丈夫 means in Japanese.')).toBe('en');
  });

  it('gives up on text without words', () => {
    expect(textLanguage('17 * 23 = ?')).toBeNull();
    expect(textLanguage('')).toBeNull();
  });
});
