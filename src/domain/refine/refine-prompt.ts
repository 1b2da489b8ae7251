/**
 * The refinement request of Draft + refine: the question and the quick draft go back to the model,
 * which thinks and writes the final answer. Written for Qwen3 0.6B–8B (see docs/draft-refine.md):
 * - the question comes first and the draft is fenced and labelled as a draft, so that small models
 *   do not take it for the user's words or simply repeat it;
 * - the task is a short numbered list of plain verbs (check, fix, answer): 0.6B follows explicit
 *   steps better than open instructions;
 * - the final answer must stand alone and not mention the draft, because the user reads it as the
 *   answer to their question (and later turns send it back as that);
 * - a German question gets the same instruction in German, so the answer stays in German.
 */

const GERMAN_WORDS = new Set(
  (
    'der die das und ist nicht ein eine wie was wer wo warum welche welcher ich du sie wir ' +
    'mit von zu auf für fur bitte schreibe erkläre erklare berechne wenn dann oder aber dass'
  ).split(' '),
);

/** True when the question reads as German (function words or umlauts). */
export function looksGerman(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const german = words.filter((word) => GERMAN_WORDS.has(word)).length;
  return german / words.length >= 0.12 || (/[äöüß]/i.test(text) && german > 0);
}

export function refinePrompt(question: string, draft: string): string {
  if (looksGerman(question)) {
    return [
      `Frage:\n${question}`,
      `Ein schneller erster Entwurf einer Antwort (ohne Nachdenken geschrieben):\n"""\n${draft}\n"""`,
      'Deine Aufgabe:\n1. Prüfe den Entwurf Schritt für Schritt: Ist er richtig und vollständig?\n' +
        '2. Korrigiere jeden Fehler.\n' +
        '3. Schreibe dann die endgültige Antwort auf die Frage, vollständig und für sich ' +
        'verständlich, ohne den Entwurf zu erwähnen.',
    ].join('\n\n');
  }
  return [
    `Question:\n${question}`,
    `A quick first draft of an answer (written without thinking):\n"""\n${draft}\n"""`,
    'Your task:\n1. Check the draft step by step: is it correct and complete?\n' +
      '2. Fix every mistake.\n' +
      '3. Then write the final answer to the question, complete and self-contained, without ' +
      'mentioning the draft.',
  ].join('\n\n');
}
