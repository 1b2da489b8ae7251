import type { StateCreator } from 'zustand';
import { EngineError, classifyError } from '@/engine/errors';
import type { EngineMessage } from '@/engine/types';
import { samplingFor } from '@/features/thinking/sampling-presets';
import { ThinkStreamParser } from '@/features/thinking/think-stream-parser';
import { newId } from '@/lib/new-id';
import type { AppState } from './app-state';
import type { AssistantMessage, ChatMessage } from './chat-types';
import { beginGeneration, currentEngine, stopGeneration } from './engine-session';

const MAX_NEW_TOKENS = 2048;

export interface ChatSlice {
  messages: ChatMessage[];
  isGenerating: boolean;
  send: (text: string) => Promise<void>;
  stop: () => void;
  clearChat: () => void;
}

/** Earlier turns go back to the model without their thinking, as Qwen3 expects. */
export function historyForModel(messages: ChatMessage[]): EngineMessage[] {
  return messages
    .filter((m) => m.role === 'user' || (m.status !== 'error' && m.content.trim() !== ''))
    .map((m) => ({ role: m.role, content: m.content }));
}

export const createChatSlice: StateCreator<AppState, [], [], ChatSlice> = (set, get) => {
  const patchAssistant = (id: string, patch: Partial<AssistantMessage>) =>
    set((state) => ({
      messages: state.messages.map((m) =>
        m.id === id && m.role === 'assistant' ? { ...m, ...patch } : m,
      ),
    }));

  const assistantById = (id: string): AssistantMessage | undefined => {
    const found = get().messages.find((m) => m.id === id);
    return found?.role === 'assistant' ? found : undefined;
  };

  return {
    messages: [],
    isGenerating: false,

    send: async (text) => {
      const content = text.trim();
      const state = get();
      const engine = currentEngine();
      if (!content || state.isGenerating || state.load.status !== 'ready' || !engine) return;
      const thinking = true;
      const history = historyForModel(state.messages);
      const now = Date.now();
      const assistantId = newId();
      set({
        isGenerating: true,
        messages: [
          ...state.messages,
          { id: newId(), role: 'user', content, createdAt: now },
          {
            id: assistantId,
            role: 'assistant',
            content: '',
            thinking: '',
            thinkingDone: false,
            status: 'streaming',
            error: null,
            modelId: state.load.modelId,
            createdAt: now,
            firstTokenAt: null,
            thinkingStartedAt: null,
            thinkingEndedAt: null,
            finishedAt: null,
            thinkingTokens: 0,
            completionTokens: null,
            promptTokens: null,
          },
        ],
      });
      const signal = beginGeneration();
      const parser = new ThinkStreamParser();
      const apply = (segments: ReturnType<ThinkStreamParser['push']>) => {
        const message = assistantById(assistantId);
        if (!message || segments.length === 0) return;
        const patch: Partial<AssistantMessage> = {};
        const at = Date.now();
        for (const segment of segments) {
          if (segment.channel === 'thinking') {
            patch.thinking = (patch.thinking ?? message.thinking) + segment.text;
            patch.thinkingStartedAt = message.thinkingStartedAt ?? at;
            patch.thinkingTokens = message.thinkingTokens + 1;
          } else if (segment.channel === 'thinking-closed') {
            patch.thinkingDone = true;
            patch.thinkingEndedAt = at;
          } else {
            patch.content = (patch.content ?? message.content) + segment.text;
            patch.thinkingDone = true;
          }
        }
        patch.firstTokenAt = message.firstTokenAt ?? at;
        patchAssistant(assistantId, patch);
      };
      try {
        const stream = engine.generate(
          {
            kind: 'chat',
            messages: [...history, { role: 'user', content }],
            sampling: { ...samplingFor(thinking), maxTokens: MAX_NEW_TOKENS },
            thinking,
          },
          signal,
        );
        for await (const event of stream) {
          if (event.type === 'delta') {
            apply(parser.push(event.text));
          } else {
            apply(parser.end());
            patchAssistant(assistantId, {
              status: event.stopReason === 'interrupted' ? 'stopped' : 'done',
              finishedAt: Date.now(),
              completionTokens: event.usage.completionTokens,
              promptTokens: event.usage.promptTokens,
            });
          }
        }
      } catch (err) {
        apply(parser.end());
        const error = err instanceof EngineError ? err : classifyError(err);
        patchAssistant(assistantId, {
          status: 'error',
          error: { code: error.code, detail: error.detail },
          finishedAt: Date.now(),
        });
      } finally {
        const message = assistantById(assistantId);
        if (message && !message.thinkingDone && message.thinkingStartedAt !== null) {
          patchAssistant(assistantId, { thinkingEndedAt: message.thinkingEndedAt ?? Date.now() });
        }
        set({ isGenerating: false });
      }
    },

    stop: () => stopGeneration(),

    clearChat: () => {
      stopGeneration();
      set({ messages: [] });
    },
  };
};
