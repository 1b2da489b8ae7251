import { describe, expect, it } from 'vitest';
import { looksGerman, refinePrompt } from './refine-prompt';

describe('refinePrompt', () => {
  it('holds the question and the fenced draft, and asks to check, fix and answer', () => {
    const prompt = refinePrompt('What is 17 * 23?', 'It is 381.');
    expect(prompt.startsWith('Question:\nWhat is 17 * 23?')).toBe(true);
    expect(prompt).toContain('"""\nIt is 381.\n"""');
    expect(prompt).toMatch(/Check the draft step by step/);
    expect(prompt).toMatch(/without mentioning the draft/);
  });

  it('asks in German for a German question', () => {
    const prompt = refinePrompt('Wie viele Tage hat ein Schaltjahr?', '366 Tage.');
    expect(prompt.startsWith('Frage:\n')).toBe(true);
    expect(prompt).toMatch(/Prüfe den Entwurf Schritt für Schritt/);
  });

  it('tells German from English questions', () => {
    expect(looksGerman('Was ist die Hauptstadt von Frankreich?')).toBe(true);
    expect(looksGerman('Schreibe eine Funktion, die Primzahlen findet.')).toBe(true);
    expect(looksGerman('What is the capital of France?')).toBe(false);
    expect(looksGerman('Write a function that finds primes.')).toBe(false);
  });
});
