import type { RunSlice } from './answer-runner';
import type { ChatSlice } from './chat-slice';
import type { CompareSlice } from './compare-slice';
import type { ContextSlice } from './context-slice';
import type { ConversationsSlice } from './conversations-slice';
import type { EngineSlice } from './engine-slice';
import type { ModelCatalogSlice } from './model-catalog-slice';
import type { ModelStorageSlice } from './model-storage-slice';
import type { SettingsSlice } from './settings-slice';
import type { SpeedSlice } from './speed-slice';

export type AppState = ModelCatalogSlice &
  EngineSlice &
  ModelStorageSlice &
  RunSlice &
  ChatSlice &
  SettingsSlice &
  ConversationsSlice &
  CompareSlice &
  ContextSlice &
  SpeedSlice;
