import type { StateCreator } from 'zustand';
import type { AssistantMessage, ChatMessage, ResolvedMode } from '@/domain/chat/chat-types';
import { decideMode, type ModeDecision } from '@/domain/chat/mode-decision';
import { finishedFields } from '@/domain/chat/stream-progress';
import { planGeneration } from '@/domain/generation/plan';
import { engineSupervisor } from '@/engine/engine-supervisor';
import { FATAL_ENGINE_CODES } from '@/domain/engine-error';
import { newId } from '@/lib/new-id';
import type { AppState } from './app-state';
import { EMPTY_ANSWER, generateAnswer, runExclusive } from './generation';

export interface ChatSlice {
  messages: ChatMessage[];
  isGenerating: boolean;
  send: (text: string) => Promise<void>;
  /** Answers the user message before `assistantId` again, in the given mode. */
  rerun: (assistantId: string, mode: ResolvedMode) => Promise<void>;
  /** Replaces a user message and everything after it, then answers the new text. */
  editAndResend: (userMessageId: string, text: string) => Promise<void>;
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
    error: null,
    modelId,
    createdAt: Date.now(),
    finishedAt: null,
    completionTokens: null,
    promptTokens: null,
  };
}

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

  /**
   * Streams a reply to the conversation `before` (which ends with the user's turn). With
   * `replaceFromId`, that stored message and all after it give way to the new answer.
   */
  const generateReply = (
    conversationId: string,
    before: ChatMessage[],
    decision: ModeDecision,
    replaceFromId?: string,
  ) =>
    runExclusive(set, get, async (signal) => {
      const state = get();
      if (state.load.status !== 'generating') return false;
      const assistant = newAssistantMessage(state.load.modelId, decision);
      set({ messages: [...before, assistant] });
      if (replaceFromId)
        await get().persistMessagesFrom(conversationId, replaceFromId, [assistant]);
      else void get().persistMessage(conversationId, assistant, true);
      const patch = (p: (m: AssistantMessage) => Partial<AssistantMessage>) =>
        patchAssistant(conversationId, assistant.id, p);
      const plan = planGeneration({
        systemPrompt: state.systemPrompt,
        conversation: before,
        mode: decision.mode,
        sampling: state.sampling,
        budget: state.thinkingBudget,
      });
      const { progress, outcome } = await generateAnswer(set, plan, signal, (p) => {
        void patch(() => p);
      });
      const engineFailed =
        outcome.status === 'error' && FATAL_ENGINE_CODES.includes(outcome.error.code);
      const finished = finishedFields(progress, outcome, Date.now());
      // The answer counts as finished once it is stored: a reload right after keeps all of it.
      // One the engine died under is kept as far as it got, marked, and offers Retry.
      await patch(() => ({
        ...progress,
        ...finished,
        ...(engineFailed ? { status: 'stopped' as const, engineFailure: true } : {}),
      }));
      return !engineFailed;
    });

  return {
    messages: [],
    isGenerating: false,

    send: async (text) => {
      const state = get();
      if (!text.trim() || state.isGenerating || state.load.status !== 'ready') return;
      const decision = decideMode(text.trim(), state.modeChoice);
      const content = decision.text || text.trim();
      const user: ChatMessage = { id: newId(), role: 'user', content, createdAt: Date.now() };
      const conversationId = await get().ensureConversation(content);
      void get().persistMessage(conversationId, user);
      await generateReply(conversationId, [...get().messages, user], decision);
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
      const decision = decideMode(text.trim(), modeChoice);
      const content = decision.text || text.trim();
      const user: ChatMessage = { id: newId(), role: 'user', content, createdAt: Date.now() };
      await get().persistMessagesFrom(activeConversationId, userMessageId, [user]);
      await generateReply(activeConversationId, [...messages.slice(0, index), user], decision);
    },

    deleteMessage: async (messageId) => {
      if (get().isGenerating) return;
      set((state) => ({ messages: state.messages.filter((m) => m.id !== messageId) }));
      await get().forgetMessage(messageId);
    },

    stop: () => engineSupervisor.stopGeneration(),
  };
};
