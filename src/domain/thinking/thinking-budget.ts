import type { EngineMessage } from '@/domain/engine-types';
import { textLanguage } from '@/domain/language/text-language';
import type { UiLanguage } from '@/domain/language/ui-languages';
import { formatQwenPrompt } from './chatml';

/** null: unlimited. */
export type ThinkingBudget = number | null;

export const BUDGET_OPTIONS: readonly ThinkingBudget[] = [null, 256, 1024, 4096];

/** The sentence Qwen's own budget recipe appends before forcing the end of thinking. */
export const BUDGET_CLOSING_TEXT =
  'Considering the limited time by the user, I have to give the solution based on the thinking directly now.';

/** Qwen's sentence in each language, so that it continues the thinking in the thinking's language. */
const CLOSING_TEXTS: Record<UiLanguage, string> = {
  en: BUDGET_CLOSING_TEXT,
  de: 'Da die Zeit des Nutzers begrenzt ist, muss ich die Lösung jetzt direkt auf Grundlage meiner bisherigen Überlegungen geben.',
  es: 'Dado que el usuario tiene poco tiempo, debo dar ya la solución basándome directamente en lo que he razonado.',
  fr: "Compte tenu du temps limité de l'utilisateur, je dois maintenant donner directement la solution à partir de ma réflexion.",
  zh: '考虑到用户的时间有限，我现在必须直接根据已有的思考给出答案。',
  ja: 'ユーザーの時間は限られているので、ここまでの考えをもとに今すぐ答えを出さなければならない。',
};

/**
 * The closing sentence in the language the model thinks in (Qwen3 often thinks in English about a
 * German question, in Chinese about a Chinese one); when the thinking so far is too short to tell,
 * the question's language; else English.
 */
function budgetClosingText(messages: readonly EngineMessage[], thinkingSoFar: string) {
  const question = messages.findLast((message) => message.role === 'user')?.content ?? '';
  return CLOSING_TEXTS[textLanguage(thinkingSoFar) ?? textLanguage(question) ?? 'en'];
}

export function budgetReached(thinkingTokens: number, budget: ThinkingBudget): boolean {
  return budget !== null && thinkingTokens >= budget;
}

/** The thinking as it continues in the panel once the app closes it. */
export function budgetClosingThinking(
  messages: readonly EngineMessage[],
  thinkingSoFar: string,
): string {
  return `\n\n${budgetClosingText(messages, thinkingSoFar)}`;
}

/**
 * A raw prompt that replays the conversation, the thinking so far and the closing sentence, then
 * closes the think block, so the model goes straight on to the answer.
 */
export function budgetContinuationPrompt(messages: EngineMessage[], thinkingSoFar: string): string {
  const closing = budgetClosingThinking(messages, thinkingSoFar);
  return `${formatQwenPrompt(messages)}<think>\n${thinkingSoFar}${closing}\n</think>\n\n`;
}
