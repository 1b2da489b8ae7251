/**
 * The refinement request of Draft + refine: the question and the quick draft go back to the model,
 * which thinks and writes the final answer. Written for Qwen3 0.6B–8B (see docs/draft-refine.md):
 * - the question comes first and the draft is fenced and labelled as a draft, so that small models
 *   do not take it for the user's words or simply repeat it;
 * - the task is a short numbered list of plain verbs (check, fix, answer): 0.6B follows explicit
 *   steps better than open instructions;
 * - the final answer must stand alone and not mention the draft, because the user reads it as the
 *   answer to their question (and later turns send it back as that);
 * - the instruction is in the question's language (English when it cannot be told), so the answer
 *   stays in that language.
 */
import { textLanguage } from '@/domain/language/text-language';
import type { UiLanguage } from '@/domain/language/ui-languages';

interface RefineWording {
  question: string;
  draft: string;
  task: string;
}

const WORDING: Record<UiLanguage, RefineWording> = {
  en: {
    question: 'Question:',
    draft: 'A quick first draft of an answer (written without thinking):',
    task:
      'Your task:\n1. Check the draft step by step: is it correct and complete?\n' +
      '2. Fix every mistake.\n' +
      '3. Then write the final answer to the question, complete and self-contained, without ' +
      'mentioning the draft.',
  },
  de: {
    question: 'Frage:',
    draft: 'Ein schneller erster Entwurf einer Antwort (ohne Nachdenken geschrieben):',
    task:
      'Deine Aufgabe:\n1. Prüfe den Entwurf Schritt für Schritt: Ist er richtig und vollständig?\n' +
      '2. Korrigiere jeden Fehler.\n' +
      '3. Schreibe dann die endgültige Antwort auf die Frage, vollständig und für sich ' +
      'verständlich, ohne den Entwurf zu erwähnen.',
  },
  es: {
    question: 'Pregunta:',
    draft: 'Un primer borrador rápido de respuesta (escrito sin razonar):',
    task:
      'Tu tarea:\n1. Revisa el borrador paso a paso: ¿es correcto y completo?\n' +
      '2. Corrige cada error.\n' +
      '3. Luego escribe la respuesta final a la pregunta, completa y comprensible por sí sola, ' +
      'sin mencionar el borrador.',
  },
  fr: {
    question: 'Question :',
    draft: 'Un premier brouillon rapide de réponse (écrit sans réfléchir) :',
    task:
      'Votre tâche :\n1. Vérifiez le brouillon étape par étape : est-il juste et complet ?\n' +
      '2. Corrigez chaque erreur.\n' +
      '3. Rédigez ensuite la réponse finale à la question, complète et compréhensible à elle ' +
      'seule, sans mentionner le brouillon.',
  },
  zh: {
    question: '问题：',
    draft: '一份快速写出的回答初稿（未经思考）：',
    task:
      '你的任务：\n1. 逐步检查初稿：它是否正确、完整？\n' +
      '2. 改正每一处错误。\n' +
      '3. 然后写出这个问题的最终回答，要完整、能独立阅读，不要提及初稿。',
  },
  ja: {
    question: '質問：',
    draft: '回答の素早い下書き（考えずに書いたもの）：',
    task:
      'あなたのタスク：\n1. 下書きを一歩ずつ確認してください。正しく、過不足はありませんか？\n' +
      '2. 誤りをすべて直してください。\n' +
      '3. そのうえで、質問への最終的な回答を書いてください。下書きには触れず、' +
      'それだけで完結した回答にしてください。',
  },
};

export function refinePrompt(question: string, draft: string): string {
  const wording = WORDING[textLanguage(question) ?? 'en'];
  return [
    `${wording.question}\n${question}`,
    `${wording.draft}\n"""\n${draft}\n"""`,
    wording.task,
  ].join('\n\n');
}
