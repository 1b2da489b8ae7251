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

export const selectHasMessages = (state: AppState): boolean => state.messages.length > 0;

// The one busy state: the engine's state (the supervisor's) and the tab's running answer.

/** An answer (chat or Compare) is being generated: Stop is offered, other answers wait. */
export const selectIsAnswering = (state: AppState): boolean => state.activeRun !== null;

/** A new answer may start now: a model is loaded and no answer runs. */
export const selectCanSend = (state: AppState): boolean =>
  state.activeRun === null && state.load.status === 'ready';

/** The context window of the loaded model (0 while none is). */
export const selectContextTokens = (state: AppState): number =>
  state.load.status === 'ready' || state.load.status === 'generating'
    ? state.load.contextTokens
    : 0;
