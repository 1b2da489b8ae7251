import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';
import { decideModeNow } from './lazy-mode-decision';
import { planRequest } from './request-plan';

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
}

export const createContextSlice: StateCreator<AppState, [], [], ContextSlice> = (set, get) => {
  let latest = 0;
  return {
    contextUsage: null,
    measureContext: async (draft) => {
      const call = ++latest;
      const state = get();
      if (state.load.status !== 'ready' && state.load.status !== 'generating') {
        set({ contextUsage: null });
        return;
      }
      const total = state.load.contextTokens;
      const pending = decideModeNow();
      const decideMode = typeof pending === 'function' ? pending : await pending;
      const { mode, text } = decideMode(draft.trim(), state.modeChoice);
      const draftMessage = { id: 'draft', role: 'user' as const, content: text, createdAt: 0 };
      const firstMode = mode === 'refine' ? 'quick' : mode;
      const outcome = await planRequest(state, [...state.messages, draftMessage], firstMode).catch(
        () => null,
      );
      if (call !== latest || !outcome) return;
      set({
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
    },
  };
};
