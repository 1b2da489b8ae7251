import type { ChatMessage } from '@/domain/chat/chat-types';
import type { AppState } from './app-state';

// Selectors for components that must not re-render on every streamed update. Pair the ones that
// return a new array with `useShallow`, so an unchanged list of ids keeps the component still.

/** The ids of the active conversation's messages, in order. */
export const selectMessageIds = (state: AppState): string[] => state.messages.map((m) => m.id);

/** One message by id; a streamed update to another message leaves its reference unchanged. */
export const selectMessage =
  (id: string) =>
  (state: AppState): ChatMessage | undefined =>
    state.messages.find((m) => m.id === id);

/** The newest message: it changes whenever the conversation grows or streams. */
export const selectLastMessage = (state: AppState): ChatMessage | undefined =>
  state.messages.at(-1);

export const selectHasMessages = (state: AppState): boolean => state.messages.length > 0;
