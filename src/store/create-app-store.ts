import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import {
  readSettingsCopy,
  removeSettingsCopy,
  writeSettingsCopy,
  type ChatStorage,
} from '@/storage';
import { createAnswerRunner } from './answer-runner';
import type { AppState } from './app-state';
import { createChatSession } from './chat-session';
import { createChatSlice } from './chat-slice';
import { createCompareSlice } from './compare-slice';
import { createContextSlice } from './context-slice';
import { createConversationsSlice } from './conversations-slice';
import { createEngineSlice, mirrorSupervisor } from './engine-slice';
import { createModelCatalogSlice } from './model-catalog-slice';
import { createModelStorageSlice } from './model-storage-slice';
import { createSettingsSlice } from './settings-slice';
import { createSpeedSlice } from './speed-slice';
import type { AppStoreDeps, StoreContext } from './store-context';

/** The key the settings are persisted under. */
export const SETTINGS_KEY = 'mindswitch-settings';

/**
 * Settings live in IndexedDB with the conversations, and each write is first copied
 * synchronously to localStorage: an IndexedDB write still in flight when the page reloads can be
 * lost, the copy cannot, and it is read first (it is never older than IndexedDB's value).
 */
function settingsStorage(storage: () => ChatStorage): StateStorage {
  const lastWritten = new Map<string, string>();
  return {
    getItem: async (key) =>
      readSettingsCopy(key) ?? (await storage().loadSettings<string>(key)) ?? null,
    // zustand's persist writes after every store update, also one per streamed frame of an
    // answer; only a change of the settings themselves is written.
    setItem: (key, value) => {
      if (lastWritten.get(key) === value) return;
      lastWritten.set(key, value);
      writeSettingsCopy(key, value);
      return storage().saveSettings(key, value);
    },
    removeItem: (key) => {
      lastWritten.delete(key);
      removeSettingsCopy(key);
      return storage().deleteSettings(key);
    },
  };
}

/** The settings that are kept across visits. */
function persistedSettings(state: AppState) {
  return {
    engineOverride: state.engineOverride,
    ggufBackendChoice: state.ggufBackendChoice,
    customModels: state.customModels,
    selectedModelId: state.selectedModelId,
    lastLoadedModelId: state.lastLoadedModelId,
    loadLastModelOnStart: state.loadLastModelOnStart,
    contextChoices: state.contextChoices,
    modeChoice: state.modeChoice,
    thinkingBudget: state.thinkingBudget,
    stopWhenSettled: state.stopWhenSettled,
    thinkingTimeLimit: state.thinkingTimeLimit,
    keepThinkingExpanded: state.keepThinkingExpanded,
    systemPrompt: state.systemPrompt,
    sampling: state.sampling,
    theme: state.theme,
    textSize: state.textSize,
    language: state.language,
  };
}

/**
 * The app's state and actions, built on `deps` (the app passes the browser's, tests fakes).
 * Nothing in it outlives the store: each store has its own session, runner and caches.
 */
export function createAppStore(deps: AppStoreDeps) {
  const store = create<AppState>()(
    persist(
      (set, get) => {
        const base = { set, get, deps };
        const ctx: StoreContext = {
          ...base,
          session: createChatSession(base),
          runner: createAnswerRunner(base),
        };
        return {
          ...createModelCatalogSlice(ctx),
          ...createEngineSlice(ctx),
          ...createModelStorageSlice(ctx),
          activeRun: null,
          ...createChatSlice(ctx),
          ...createSettingsSlice(ctx),
          ...createConversationsSlice(ctx),
          ...createCompareSlice(ctx),
          ...createContextSlice(ctx),
          ...createSpeedSlice(),
        };
      },
      {
        name: SETTINGS_KEY,
        version: 1,
        storage: createJSONStorage(() => settingsStorage(deps.storage)),
        // main.tsx waits for settings before the first render, so nothing starts on defaults.
        skipHydration: true,
        partialize: persistedSettings,
      },
    ),
  );
  mirrorSupervisor({ set: store.setState, get: store.getState, deps });
  return store;
}
