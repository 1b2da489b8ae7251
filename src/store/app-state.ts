import type { ChatSlice } from './chat-slice';
import type { CompareSlice } from './compare-slice';
import type { ContextSlice } from './context-slice';
import type { ConversationsSlice } from './conversations-slice';
import type { ModelsSlice } from './models-slice';
import type { SettingsSlice } from './settings-slice';

export type AppState = ModelsSlice &
  ChatSlice &
  SettingsSlice &
  ConversationsSlice &
  CompareSlice &
  ContextSlice;
