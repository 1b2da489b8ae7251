import type { StateCreator } from 'zustand';
import type { AssistantMessage, ChatMessage, ResolvedMode } from '@/domain/chat/chat-types';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import type { TalliedAnswer } from '@/domain/chat/route-tally';
import { finishedFields } from '@/domain/chat/stream-progress';
import type { GenerationPlan } from '@/domain/generation/plan';
import { FATAL_ENGINE_CODES } from '@/domain/engine-error';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { newId } from '@/lib/new-id';
import type { AppState } from './app-state';
import { EMPTY_ANSWER, runExclusive } from './exclusive-run';
import { loadStreaming } from './lazy-streaming';
import { decideModeNow } from './lazy-mode-decision';
import { planRequest } from './request-plan';

/** Why a message was not sent; the UI explains it with the numbers. */
export interface SendRefusal {
  reason: 'too-long';
  messageTokens: number;
  limit: number;
}

export type SendResult = { ok: true } | ({ ok: false } & SendRefusal);

export interface ChatSlice {
  messages: ChatMessage[];
  isGenerating: boolean;
  /** Every answer finished in this tab since it opened, for the session's route tally. */
  sessionAnswers: TalliedAnswer[];
  /** The last message refused before sending (it stays in the composer). */
  sendRefusal: SendRefusal | null;
  /** Resolves once the answer is finished and stored, or at once when the message is refused. */
  send: (text: string) => Promise<SendResult>;
  /** Answers the user message before `assistantId` again, in the given mode. */
  rerun: (assistantId: string, mode: ResolvedMode) => Promise<void>;
  /** Replaces a user message and everything after it, then answers the new text. */
  editAndResend: (userMessageId: string, text: string) => Promise<void>;
  /** Goes on with an answer that was cut off at the context limit, in the same message. */
  continueAnswer: (assistantId: string) => Promise<void>;
  deleteMessage: (messageId: string) => Promise<void>;
  stop: () => void;
}

function newAssistantMessage(modelId: string, decision: ModeDecision): AssistantMessage {
  return {
    ...EMPTY_ANSWER,
    id: newId(),
    role: 'assistant',
    status: 'streaming',
    mode: decision.mode,
    modeChoice: decision.modeChoice,
    autoReason: decision.autoReason,
    ...(decision.autoScore !== undefined && { autoScore: decision.autoScore }),
    ...(decision.autoBand !== undefined && { autoBand: decision.autoBand }),
    error: null,
    modelId,
    createdAt: Date.now(),
    finishedAt: null,
    completionTokens: null,
    promptTokens: null,
  };
}

const tooLong = (outcome: { messageTokens: number; limit: number }): SendRefusal => ({
  reason: 'too-long',
  messageTokens: outcome.messageTokens,
  limit: outcome.limit,
});

export const createChatSlice: StateCreator<AppState, [], [], ChatSlice> = (set, get) => {
  /** Updates an answer in memory and saves it (throttled while it streams). */
  const patchAssistant = (
    conversationId: string,
    id: string,
    patch: (m: AssistantMessage) => Partial<AssistantMessage>,
  ): Promise<void> => {
    const current = get().messages.find((m) => m.id === id);
    if (current?.role !== 'assistant') return Promise.resolve();
    const updated: AssistantMessage = { ...current, ...patch(current) };
    set((state) => ({ messages: state.messages.map((m) => (m.id === id ? updated : m)) }));
    return get().persistMessage(conversationId, updated, updated.status === 'streaming');
  };

  /** Streams `plan` into the answer `assistant` (already in the list) and stores how it ended. */
  const streamInto = async (
    conversationId: string,
    assistant: AssistantMessage,
    plan: GenerationPlan,
    signal: AbortSignal,
  ) => {
    const patch = (p: (m: AssistantMessage) => Partial<AssistantMessage>) =>
      patchAssistant(conversationId, assistant.id, p);
    const earlierTokens = plan.continuation ? (assistant.completionTokens ?? 0) : 0;
    const { generateAnswer } = await loadStreaming();
    const { progress, outcome } = await generateAnswer(
      set,
      plan,
      signal,
      (p) => void patch(() => p),
      assistant,
    );
    const finished = finishedFields(progress, outcome, Date.now());
    // The answer counts as finished once it is stored: a reload right after keeps all of it.
    await patch(() => ({
      ...progress,
      ...finished,
      ...('completionTokens' in finished && {
        completionTokens: (finished.completionTokens ?? 0) + earlierTokens || null,
      }),
      stopReason: outcome.status === 'error' ? undefined : outcome.stopReason,
    }));
  };

  /**
   * An answer the engine died under is kept as far as it got, marked, and offers Retry. Returns
   * whether the answer ended without an engine fault.
   */
  const markEngineFailure = async (conversationId: string, id: string): Promise<boolean> => {
    const answer = get().messages.find((m) => m.id === id);
    const failed =
      answer?.role === 'assistant' &&
      answer.status === 'error' &&
      answer.error !== null &&
      FATAL_ENGINE_CODES.includes(answer.error.code);
    if (failed) {
      await patchAssistant(conversationId, id, () => ({ status: 'stopped', engineFailure: true }));
    }
    return !failed;
  };

  /**
   * Answers the conversation `before` (which ends with the user's turn). With `replaceFromId`,
   * that stored message and all after it give way to the new answer.
   */
  const generateReply = async (
    conversationId: string,
    before: ChatMessage[],
    decision: ModeDecision,
    replaceFromId?: string,
  ): Promise<SendResult> => {
    // Draft + refine starts with a Quick draft; its refinement is planned once the draft is there.
    const firstMode = decision.mode === 'refine' ? 'quick' : decision.mode;
    const outcome = await planRequest(get(), before, firstMode);
    if (!outcome) return { ok: true };
    if (!outcome.ok) {
      set({ sendRefusal: tooLong(outcome) });
      return { ok: false, ...tooLong(outcome) };
    }
    set({ sendRefusal: null });
    let answerId: string | null = null;
    await runExclusive(set, get, async (signal) => {
      const state = get();
      if (state.load.status !== 'generating') return false;
      const assistant: AssistantMessage = {
        ...newAssistantMessage(state.load.modelId, decision),
        budgetCause: outcome.plan.budgetCause,
      };
      answerId = assistant.id;
      set({ messages: [...before, assistant] });
      if (replaceFromId)
        await get().persistMessagesFrom(conversationId, replaceFromId, [assistant]);
      else void get().persistMessage(conversationId, assistant, true);
      if (decision.mode === 'refine') {
        const patch = (fields: Partial<AssistantMessage>) =>
          patchAssistant(conversationId, assistant.id, () => fields);
        const { draftAndRefine } = await loadStreaming();
        await draftAndRefine(set, get, before, outcome.plan, signal, patch);
      } else {
        await streamInto(conversationId, assistant, outcome.plan, signal);
      }
      return markEngineFailure(conversationId, assistant.id);
    });
    const answer = get().messages.find((m) => m.id === answerId);
    if (answer?.role === 'assistant') {
      set((s) => ({ sessionAnswers: [...s.sessionAnswers, answer] }));
    }
    return { ok: true };
  };

  return {
    messages: [],
    isGenerating: false,
    sessionAnswers: [],
    sendRefusal: null,

    send: async (text) => {
      const state = get();
      if (!text.trim() || state.isGenerating || state.load.status !== 'ready') return { ok: true };
      const pending = decideModeNow();
      const decide = typeof pending === 'function' ? pending : await pending;
      const decision = decide(text.trim(), state.modeChoice);
      const content = decision.text || text.trim();
      const user: ChatMessage = { id: newId(), role: 'user', content, createdAt: Date.now() };
      const conversation = [...state.messages, user];
      // Refused before anything is stored: the message stays in the composer, nothing changes.
      const firstMode = decision.mode === 'refine' ? 'quick' : decision.mode;
      const outcome = await planRequest(get(), conversation, firstMode);
      if (outcome && !outcome.ok) {
        set({ sendRefusal: tooLong(outcome) });
        return { ok: false, ...tooLong(outcome) };
      }
      const conversationId = await get().ensureConversation(content);
      void get().persistMessage(conversationId, user);
      return generateReply(conversationId, [...get().messages, user], decision);
    },

    rerun: async (assistantId, mode) => {
      const { isGenerating, messages, activeConversationId, modeChoice } = get();
      const index = messages.findIndex((m) => m.id === assistantId);
      if (isGenerating || index <= 0 || !activeConversationId) return;
      const decision = { mode, modeChoice, autoReason: null };
      await generateReply(activeConversationId, messages.slice(0, index), decision, assistantId);
    },

    editAndResend: async (userMessageId, text) => {
      const { isGenerating, messages, activeConversationId, modeChoice, load } = get();
      const index = messages.findIndex((m) => m.id === userMessageId);
      if (isGenerating || index < 0 || !activeConversationId || !text.trim()) return;
      if (load.status !== 'ready') return;
      const pending = decideModeNow();
      const decide = typeof pending === 'function' ? pending : await pending;
      const decision = decide(text.trim(), modeChoice);
      const content = decision.text || text.trim();
      const user: ChatMessage = { id: newId(), role: 'user', content, createdAt: Date.now() };
      await get().persistMessagesFrom(activeConversationId, userMessageId, [user]);
      await generateReply(activeConversationId, [...messages.slice(0, index), user], decision);
    },

    continueAnswer: async (assistantId) => {
      const { messages, activeConversationId } = get();
      const index = messages.findIndex((m) => m.id === assistantId);
      const assistant = messages[index];
      if (assistant?.role !== 'assistant' || !activeConversationId) return;
      // The answer so far counts as part of the new message; older turns give way as needed.
      const question = messages.slice(0, index);
      const mode = assistant.mode === 'think' ? 'think' : 'quick';
      const outcome = await planRequest(get(), question, mode, assistant.content);
      if (!outcome) return;
      if (!outcome.ok) {
        set({ sendRefusal: tooLong(outcome) });
        return;
      }
      const { plan } = outcome;
      await runExclusive(set, get, async (signal) => {
        await patchAssistant(activeConversationId, assistantId, () => ({
          status: 'streaming',
          stopReason: undefined,
        }));
        const current = get().messages.find((m) => m.id === assistantId);
        if (current?.role !== 'assistant') return true;
        await streamInto(activeConversationId, current, plan, signal);
        return markEngineFailure(activeConversationId, assistantId);
      });
    },

    deleteMessage: async (messageId) => {
      if (get().isGenerating) return;
      set((state) => ({ messages: state.messages.filter((m) => m.id !== messageId) }));
      await get().forgetMessage(messageId);
    },

    stop: () => engineSupervisor.stopGeneration(),
  };
};
