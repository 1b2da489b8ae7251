import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { getStorage, readSettingsCopy, removeSettingsCopy, writeSettingsCopy } from '@/storage';
import type { AppState } from './app-state';
import { createChatSlice } from './chat-slice';
import { createCompareSlice } from './compare-slice';
import { createContextSlice } from './context-slice';
import { createConversationsSlice } from './conversations-slice';
import { createModelsSlice } from './models-slice';
import { createSettingsSlice } from './settings-slice';

/**
 * Settings live in IndexedDB with the conversations, and each write is first copied
 * synchronously to localStorage: an IndexedDB write still in flight when the page reloads can be
 * lost, the copy cannot, and it is read first (it is never older than IndexedDB's value).
 */
const lastWritten = new Map<string, string>();

const settingsStorage: StateStorage = {
  getItem: async (key) =>
    readSettingsCopy(key) ?? (await getStorage().loadSettings<string>(key)) ?? null,
  // zustand's persist writes after every store update, also one per streamed frame of an answer;
  // only a change of the settings themselves is written.
  setItem: (key, value) => {
    if (lastWritten.get(key) === value) return;
    lastWritten.set(key, value);
    writeSettingsCopy(key, value);
    return getStorage().saveSettings(key, value);
  },
  removeItem: (key) => {
    lastWritten.delete(key);
    removeSettingsCopy(key);
    return getStorage().deleteSettings(key);
  },
};

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createModelsSlice(...args),
      ...createChatSlice(...args),
      ...createSettingsSlice(...args),
      ...createConversationsSlice(...args),
      ...createCompareSlice(...args),
      ...createContextSlice(...args),
    }),
    {
      name: 'mindswitch-settings',
      version: 1,
      storage: createJSONStorage(() => settingsStorage),
      // main.tsx waits for settings before the first render, so nothing starts on defaults.
      skipHydration: true,
      partialize: (state) => ({
        engineOverride: state.engineOverride,
        customModels: state.customModels,
        selectedModelId: state.selectedModelId,
        lastLoadedModelId: state.lastLoadedModelId,
        loadLastModelOnStart: state.loadLastModelOnStart,
        contextChoices: state.contextChoices,
        modeChoice: state.modeChoice,
        thinkingBudget: state.thinkingBudget,
        keepThinkingExpanded: state.keepThinkingExpanded,
        systemPrompt: state.systemPrompt,
        sampling: state.sampling,
        theme: state.theme,
        textSize: state.textSize,
        language: state.language,
      }),
    },
  ),
);

export type { AppState } from './app-state';
