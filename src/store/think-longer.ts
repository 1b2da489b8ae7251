import { THINK_LONGER_NUDGE } from '@/domain/thinking-policy/probe-prompts';
import { keepEngineFailure, refuse } from './chat-slice';
import { planRequest } from './request-plan';
import type { StoreContext } from './store-context';

/**
 * "Think longer" on an answer whose thinking stopped early: thinking resumes where it stopped, the
 * s1 way (the transition word the stop held back, or "Wait"), then the model answers again, into
 * the same message. The settled-answer rule is off for this (the user asked for more thinking).
 */
export async function thinkLonger(ctx: StoreContext, assistantId: string) {
  const { messages, activeConversationId } = ctx.get();
  const index = messages.findIndex((m) => m.id === assistantId);
  const answer = messages[index];
  if (answer?.role !== 'assistant' || !answer.earlyStop || !activeConversationId) return;
  const question = messages.slice(0, index);
  await ctx.runner.exclusive('chat', async (start) => {
    const planned = await planRequest(ctx.get(), ctx.deps.tokenCounter, question, 'think');
    if (!planned) return;
    if (!planned.ok) {
      refuse(ctx, planned, 'no-room');
      return;
    }
    ctx.set({ sendRefusal: null });
    const thinking = answer.earlyStop.heldBack
      ? answer.thinking
      : `${answer.thinking} ${THINK_LONGER_NUDGE}`;
    const reopened = {
      ...answer,
      content: '',
      thinking,
      thinkingDone: false,
      thinkingEndedAt: null,
      earlyStop: undefined,
    };
    ctx.set((s) => ({ messages: s.messages.map((m) => (m.id === assistantId ? reopened : m)) }));
    await start(async (run, runAnswer) => {
      const target = await ctx.session.resumeAnswer(assistantId);
      if (!target) return true;
      const first = {
        ...planned.plan,
        resumeThinking: { thinking, tokens: answer.thinkingTokens },
      };
      const plan = { mode: 'think' as const, conversation: question, first };
      return keepEngineFailure(target, await runAnswer(plan, target, run));
    });
  });
}
