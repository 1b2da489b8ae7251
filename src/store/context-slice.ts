import type { ModeDecision } from '@/domain/chat/mode-decision';
import { firstStep } from '@/domain/generation/mode-steps';
import { planRequest } from './request-plan';
import { decideMode, type StoreBase } from './store-context';

/** What the next request would use of the context, for the meter by the composer. */
export interface ContextUsage {
  /** Tokens of the prompt: system prompt, the history that would be sent, the draft. */
  used: number;
  total: number;
  /** The first earlier message still sent when older ones are left out; else null. */
  firstSentMessageId: string | null;
  /** False when the draft alone is too long to send. */
  fits: boolean;
}

export interface ContextSlice {
  contextUsage: ContextUsage | null;
  /** Recounts `contextUsage` for the conversation plus `draft` (debounce calls while typing). */
  measureContext: (draft: string) => Promise<void>;
  /**
   * What sending `draft` now would decide: the mode (Auto's detector or a `/think` command) and
   * why. The same decision `send` makes, for the preview while typing (debounce calls).
   */
  previewMode: (draft: string) => Promise<ModeDecision>;
}

export function createContextSlice(ctx: StoreBase): ContextSlice {
  const measuring = { latest: 0 };
  return {
    contextUsage: null,
    measureContext: (draft) => measureContext(ctx, measuring, draft),
    previewMode: (draft) => decideMode(ctx, draft.trim()),
  };
}

/** Counts the draft as the next message; only the newest call (`measuring.latest`) is shown. */
export async function measureContext(ctx: StoreBase, measuring: { latest: number }, draft: string) {
  const call = ++measuring.latest;
  const state = ctx.get();
  if (state.load.status !== 'ready' && state.load.status !== 'generating') {
    ctx.set({ contextUsage: null });
    return;
  }
  const total = state.load.contextTokens;
  const { mode, text } = await decideMode(ctx, draft.trim());
  const draftMessage = { id: 'draft', role: 'user' as const, content: text, createdAt: 0 };
  const conversation = [...state.messages, draftMessage];
  const outcome = await planRequest(
    state,
    ctx.deps.tokenCounter,
    conversation,
    firstStep(mode),
  ).catch(() => null);
  if (call !== measuring.latest || !outcome) return;
  ctx.set({
    contextUsage: outcome.ok
      ? {
          used: outcome.plan.promptTokens,
          total,
          firstSentMessageId:
            outcome.firstSentMessageId === 'draft' ? null : outcome.firstSentMessageId,
          fits: true,
        }
      : { used: outcome.messageTokens, total, firstSentMessageId: null, fits: false },
  });
}
