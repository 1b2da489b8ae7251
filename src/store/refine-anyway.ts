import { keepEngineFailure, planOrRefuse } from './chat-slice';
import { loadAnswerPath } from './answer-runner';
import { EMPTY_ANSWER } from './empty-answer';
import type { StoreContext } from './store-context';

/**
 * "Refine anyway" on an answer whose confident draft Draft + refine kept: the refinement it
 * skipped runs now on that draft, into the same message, as a refinement after drafting does.
 * The answer keeps `draftKept` until the refinement finishes: stopped, failed or closed with the
 * tab, the draft stays the answer with its note.
 */
export async function refineAnyway(ctx: StoreContext, assistantId: string) {
  const { messages, activeConversationId } = ctx.get();
  const index = messages.findIndex((m) => m.id === assistantId);
  const answer = messages[index];
  if (answer?.role !== 'assistant' || !activeConversationId) return;
  const { draft } = answer;
  if (!draft || !answer.draftKept) return;
  const question = messages.slice(0, index);
  await ctx.runner.exclusive('chat', async (start) => {
    // The refinement's prompt belongs to the generation path's chunk (see loadAnswerPath).
    const { refineConversation } = await loadAnswerPath();
    const refineQuestion = refineConversation(question, draft.content);
    const planned = await planOrRefuse(ctx, refineQuestion, 'think', 'no-room');
    if (!planned) return;
    await start(
      async (run, runAnswer) => {
        // Reopened only once this is the tab's running answer: while refining, the draft is shown
        // as the draft and the refinement takes the answer's place, as after drafting.
        ctx.set((s) => ({
          messages: s.messages.map((m) =>
            m.id === assistantId
              ? { ...answer, ...EMPTY_ANSWER, firstTokenAt: draft.firstTokenAt }
              : m,
          ),
        }));
        const target = await ctx.session.resumeAnswer(assistantId);
        if (!target) return true;
        const plan = {
          mode: 'refine' as const,
          conversation: question,
          first: planned,
          keptDraft: draft,
        };
        return keepEngineFailure(target, await runAnswer(plan, target, run));
      },
      { resumesAnswer: true },
    );
  });
}
