import type { AssistantMessage, ChatMessage } from '@/domain/chat/chat-types';
import { finishThinking } from '@/domain/chat/stream-progress';
import { autoTitle, MessageSaver, type MessageSnapshot } from '@/storage';
import { createThread, type Thread } from './chat-thread';
import type { AnswerFields, AnswerTarget } from './answer-run';
import type { StoreBase } from './store-context';

/**
 * The open conversation: its id (`activeConversationId`), its messages (`messages`) and their
 * saving. Messages are saved where they change state, never as a side effect of rendering: a
 * question when sent; an answer when it starts, as it is shown while it streams (`MessageSaver`
 * throttles those writes, paced by the answer's length), and when it ends (finished, failed, cut
 * off, stopped).
 */
export interface ChatSession {
  /** The open conversation's id; creates it, titled after `firstMessage`, for a new chat. */
  ensureConversation(firstMessage: string): Promise<string>;
  /** Shows `messages` as the open conversation `id` (null: a new, empty chat). */
  show(id: string | null, messages: ChatMessage[]): void;
  /** Opens the stored conversation `id` on the branch of versions it showed last. */
  open(id: string): Promise<void>;
  /** The conversation's versions of answers and questions, and which branch shows. */
  thread: Thread;
  saveMessage(message: ChatMessage): Promise<void>;
  /** Deletes one message (the turns after it stay); returns what undoing it needs. */
  deleteMessage(messageId: string): Promise<MessageSnapshot | null>;
  /** Shows `answer` after `before` and keeps it. */
  startAnswer(before: ChatMessage[], answer: AssistantMessage): Promise<AnswerTarget>;
  /** Opens a finished answer again (Continue); null when it is not in the open conversation. */
  resumeAnswer(answerId: string): Promise<AnswerTarget | null>;
  /** The page is going away: keeps the streaming answer as it is shown now, then writes it. */
  flushSaves(): Promise<void>;
  refreshConversationList(): Promise<void>;
}

/**
 * A streaming answer as saved: its thinking clock is closed at this moment, so if the page goes
 * away now, the stored answer keeps the thinking time it had (and does not count on from the
 * moment it is shown again). The live answer in memory is not changed.
 */
function asSavedNow(message: AssistantMessage): AssistantMessage {
  return { ...message, ...finishThinking(message, Date.now()) };
}

function progressOf(answer: AssistantMessage): AnswerTarget['initial'] {
  const { content, thinking, thinkingDone, firstTokenAt, budgetReached, completionTokens } = answer;
  const { thinkingStartedAt, thinkingEndedAt, thinkingTokens } = answer;
  return {
    content,
    thinking,
    thinkingDone,
    firstTokenAt,
    thinkingStartedAt,
    thinkingEndedAt,
    thinkingTokens,
    budgetReached,
    completionTokens,
  };
}

export function createChatSession({ set, get, deps }: StoreBase): ChatSession {
  const storage = deps.storage;
  const refreshConversationList = async () => {
    set({ conversations: await storage().listConversations() });
  };
  const saver = new MessageSaver(storage, refreshConversationList);
  /** The answer streaming now, for the save on unload. */
  let streaming: { conversationId: string; answer: () => AssistantMessage } | null = null;

  /** An interim save of a streaming answer: throttled by the saver, paced by the answer's length. */
  const saveStreaming = (conversationId: string, answer: AssistantMessage) =>
    saver.save(conversationId, asSavedNow(answer), true);

  function answerTarget(conversationId: string, started: AssistantMessage): AnswerTarget {
    let answer = started;
    const apply = (fields: AnswerFields) => {
      answer = { ...answer, ...fields };
      const shown = answer;
      set((state) => ({ messages: state.messages.map((m) => (m.id === shown.id ? shown : m)) }));
      return shown;
    };
    streaming = { conversationId, answer: () => answer };
    return {
      initial: progressOf(started),
      show: (fields) => void saveStreaming(conversationId, apply(fields)),
      async settle(fields) {
        const ended = apply(fields);
        if (ended.status === 'streaming') return saveStreaming(conversationId, ended);
        if (streaming?.answer() === ended) streaming = null;
        // The answer counts as ended once it is stored: a reload right after keeps all of it.
        await saver.save(conversationId, ended);
      },
    };
  }

  const thread = createThread({ set, get, deps }, refreshConversationList);

  return {
    refreshConversationList,
    thread,

    async ensureConversation(firstMessage) {
      const active = get().activeConversationId;
      if (active) return active;
      const conversation = await storage().createConversation(autoTitle(firstMessage));
      set({ activeConversationId: conversation.id });
      await refreshConversationList();
      return conversation.id;
    },

    show: (activeConversationId, messages) => {
      set({ activeConversationId });
      thread.show(messages);
    },

    saveMessage(message) {
      const id = get().activeConversationId;
      thread.add(message);
      return id ? saver.save(id, message) : Promise.resolve();
    },

    async open(id) {
      set({ activeConversationId: id });
      await thread.load(id);
    },

    deleteMessage: (messageId) => thread.remove(messageId),

    async startAnswer(before, answer) {
      const conversationId = get().activeConversationId;
      if (!conversationId) throw new Error('An answer needs an open conversation');
      set({ messages: [...before, answer] });
      thread.add(answer);
      void saveStreaming(conversationId, answer);
      return answerTarget(conversationId, answer);
    },

    async resumeAnswer(answerId) {
      const conversationId = get().activeConversationId;
      const answer = get().messages.find((m) => m.id === answerId);
      if (!conversationId || answer?.role !== 'assistant') return null;
      const target = answerTarget(conversationId, answer);
      await target.settle({ status: 'streaming', stopReason: undefined });
      return target;
    },

    flushSaves() {
      if (streaming)
        void saver.save(streaming.conversationId, asSavedNow(streaming.answer()), true);
      return saver.flushOnUnload();
    },
  };
}
