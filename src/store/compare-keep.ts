import type { AssistantMessage, UserMessage } from '@/domain/chat/chat-types';
import { autoTitle } from '@/storage';
import { newId } from '@/lib/new-id';
import {
  COMPARE_ORDER,
  columnAnswered,
  type CompareColumnId,
  type CompareRun,
  type Comparison,
} from './compare-columns';
import { allKnownModels } from './model-selectors';
import type { StoreContext } from './store-context';

/** A compare column's answer as a chat answer to `parentId`: what ran, how, and its numbers. */
function asChatAnswer(
  run: CompareRun,
  comparison: Comparison,
  parentId: string,
  id: string,
): AssistantMessage {
  const { column, status, startedAt, ...fields } = run;
  return {
    ...fields,
    id,
    role: 'assistant',
    parentId,
    status: status === 'done' ? 'done' : 'stopped',
    modeChoice: column,
    autoReason: run.autoReason ?? null,
    error: null,
    modelId: comparison.modelId ?? '',
    createdAt: startedAt ?? comparison.startedAt,
    promptTokens: run.promptTokens ?? null,
  };
}

function question(comparison: Comparison, parentId: string | null): UserMessage {
  const { prompt, startedAt } = comparison;
  return { id: newId(), role: 'user', content: prompt, createdAt: startedAt, parentId };
}

/**
 * Puts a finished column's answer into the open chat as the answer to the compared prompt, and
 * saves it. The first kept answer adds the prompt after the branch shown; each further one is
 * another version of that same turn (‹ 1 / 2 ›). A new chat is created when none is open.
 */
export async function keepCompareAnswer(
  ctx: StoreContext,
  column: CompareColumnId,
): Promise<boolean> {
  const comparison = ctx.get().compare;
  const run = comparison?.runs[column];
  if (!comparison || !run || !columnAnswered(run) || comparison.kept?.answers[column]) return false;
  try {
    const { kept } = comparison;
    const conversationId = await ctx.session.ensureConversation(comparison.prompt);
    let questionId = kept?.conversationId === conversationId ? kept.questionId : null;
    if (!questionId || !ctx.get().threadNodes.some((node) => node.id === questionId)) {
      const asked = question(comparison, ctx.get().messages.at(-1)?.id ?? null);
      await ctx.session.saveMessage(asked);
      questionId = asked.id;
    }
    const answer = asChatAnswer(run, comparison, questionId, newId());
    await ctx.session.saveMessage(answer);
    // The kept answer is the newest message, so the chat now shows the branch it ends.
    await ctx.session.open(conversationId);
    await ctx.session.refreshConversationList();
    ctx.set((state) => {
      if (state.compare?.startedAt !== comparison.startedAt) return {};
      // Kept answers stay listed while they follow the same question.
      const answers = questionId === kept?.questionId ? kept.answers : {};
      const keptNow = { conversationId, questionId, answers: { ...answers, [column]: answer.id } };
      return { compare: { ...state.compare, kept: keptNow } };
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The comparison as one conversation in the chat export's format: the prompt, then each answered
 * column's answer as a version of the same turn, in column order (imports like any chat).
 */
export async function exportComparison(
  ctx: StoreContext,
  format: 'json' | 'markdown',
): Promise<string | null> {
  const comparison = ctx.get().compare;
  if (!comparison) return null;
  const asked = question(comparison, null);
  const answers = COMPARE_ORDER.map((column) => comparison.runs[column])
    .filter(columnAnswered)
    .map((run) => asChatAnswer(run, comparison, asked.id, newId()));
  if (answers.length === 0) return null;
  const conversation = {
    id: newId(),
    title: `Comparison: ${autoTitle(comparison.prompt)}`,
    createdAt: comparison.startedAt,
    updatedAt: Math.max(comparison.startedAt, ...answers.map((a) => a.finishedAt ?? 0)),
    titleEditedByUser: false,
    messages: [asked, ...answers],
  };
  const names = Object.fromEntries(allKnownModels(ctx.get()).map((m) => [m.id, m.label]));
  return ctx.deps.storage().exportComparison(conversation, format, names);
}
