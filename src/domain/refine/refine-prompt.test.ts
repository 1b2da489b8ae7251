import { describe, expect, it } from 'vitest';
import { refinePrompt } from './refine-prompt';

describe('refinePrompt', () => {
  it('holds the question and the fenced draft, and asks to check, fix and answer', () => {
    const prompt = refinePrompt('What is 17 * 23?', 'It is 381.');
    expect(prompt.startsWith('Question:\nWhat is 17 * 23?')).toBe(true);
    expect(prompt).toContain('"""\nIt is 381.\n"""');
    expect(prompt).toMatch(/Check the draft step by step/);
    expect(prompt).toMatch(/without mentioning the draft/);
  });

  it('asks in the language of the question', () => {
    const cases: [string, RegExp][] = [
      ['Wie viele Tage hat ein Schaltjahr?', /^Frage:\n[^]*Prüfe den Entwurf Schritt für Schritt/],
      ['¿Cuántos días tiene un año bisiesto?', /^Pregunta:\n[^]*Revisa el borrador paso a paso/],
      ['Combien de jours compte une année bissextile ?', /^Question :\n[^]*Vérifiez le brouillon/],
      ['闰年有多少天？', /^问题：\n[^]*逐步检查初稿/],
      ['うるう年は何日ありますか？', /^質問：\n[^]*下書きを一歩ずつ確認/],
    ];
    for (const [question, expected] of cases) {
      const prompt = refinePrompt(question, '366.');
      expect(prompt, question).toMatch(expected);
      expect(prompt, question).toContain(`\n${question}\n`);
      expect(prompt, question).toContain('"""\n366.\n"""');
    }
  });

  it('asks in English when the language cannot be told', () => {
    expect(refinePrompt('17 * 23 = ?', '381').startsWith('Question:\n')).toBe(true);
  });
});
