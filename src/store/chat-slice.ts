import type { StateCreator } from 'zustand';
import { EngineError, classifyError } from '@/engine/errors';
import type { EngineMessage } from '@/engine/types';
import { detectMode } from '@/features/thinking/detector/detector';
import type { DetectorReason } from '@/features/thinking/detector/reasons';
import { parseModeCommand } from '@/features/thinking/mode-commands';
import { newId } from '@/lib/new-id';
import type { AppState } from './app-state';
import type { AssistantMessage, ChatMessage, ModeChoice, ResolvedMode } from './chat-types';
import { beginGeneration, currentEngine, stopGeneration } from './engine-session';
import { runGeneration } from './run-generation';
import { applySegments, finishThinking } from './stream-progress';
import { systemMessages } from './settings-slice';

const MAX_NEW_TOKENS = 4096;

export interface ModeDecision {
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
}

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

/** Earlier turns go back to the model without their thinking, as Qwen3 expects. */
export function historyForModel(messages: ChatMessage[]): EngineMessage[] {
  return messages
    .filter((m) => m.role === 'user' || (m.status !== 'error' && m.content.trim() !== ''))
    .map((m) => ({ role: m.role, content: m.content }));
}

/** `/think` and `/no_think` beat the switch; Auto asks the detector. */
export function decideMode(text: string, modeChoice: ModeChoice): ModeDecision & { text: string } {
  const { text: stripped, command } = parseModeCommand(text);
  if (command)
    return {
      text: stripped,
      mode: command === 'think' ? 'think' : 'quick',
      modeChoice,
      autoReason: null,
    };
  if (modeChoice !== 'auto')
    return { text: stripped, mode: modeChoice, modeChoice, autoReason: null };
  const detection = detectMode(stripped);
  return { text: stripped, mode: detection.mode, modeChoice, autoReason: detection.reason };
}

function newAssistantMessage(modelId: string, decision: ModeDecision): AssistantMessage {
  return {
    id: newId(),
    role: 'assistant',
    content: '',
    thinking: '',
    thinkingDone: false,
    status: 'streaming',
    mode: decision.mode,
    modeChoice: decision.modeChoice,
    autoReason: decision.autoReason,
    budgetReached: false,
    error: null,
    modelId,
    createdAt: Date.now(),
    firstTokenAt: null,
    thinkingStartedAt: null,
    thinkingEndedAt: null,
    finishedAt: null,
    thinkingTokens: 0,
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
  const generateReply = async (
    conversationId: string,
    before: ChatMessage[],
    decision: ModeDecision,
    replaceFromId?: string,
  ) => {
    const state = get();
    const engine = currentEngine();
    if (state.load.status !== 'ready' || !engine) return;
    const assistant = newAssistantMessage(state.load.modelId, decision);
    set({ isGenerating: true, messages: [...before, assistant] });
    if (replaceFromId) await get().persistMessagesFrom(conversationId, replaceFromId, [assistant]);
    else void get().persistMessage(conversationId, assistant, true);
    const patch = (p: (m: AssistantMessage) => Partial<AssistantMessage>) =>
      patchAssistant(conversationId, assistant.id, p);
    const signal = beginGeneration();
    try {
      const result = await runGeneration({
        engine,
        messages: [...systemMessages(state.systemPrompt), ...historyForModel(before)],
        thinking: decision.mode === 'think',
        sampling: state.sampling[decision.mode],
        budget: state.thinkingBudget,
        maxTokens: MAX_NEW_TOKENS,
        signal,
        onRequest: (lastEngineRequest) => set({ lastEngineRequest }),
        onSegments: (segments, tokens) => {
          if (segments.length === 0) return;
          const at = Date.now();
          void patch((m) => applySegments(m, segments, tokens, at));
        },
        onBudgetReached: () => void patch(() => ({ budgetReached: true })),
      });
      const at = Date.now();
      // The answer counts as finished once it is stored: a reload right after keeps all of it.
      await patch((m) => ({
        status: result.stopReason === 'interrupted' ? 'stopped' : 'done',
        completionTokens: result.usage.completionTokens,
        promptTokens: result.usage.promptTokens,
        finishedAt: at,
        ...finishThinking(m, at),
      }));
    } catch (err) {
      const error = err instanceof EngineError ? err : classifyError(err);
      const at = Date.now();
      await patch((m) => ({
        status: 'error',
        error: { code: error.code, detail: error.detail },
        finishedAt: at,
        ...finishThinking(m, at),
      }));
    } finally {
      set({ isGenerating: false });
    }
  };

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

    stop: () => stopGeneration(),
  };
};
