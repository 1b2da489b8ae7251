import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { getStorage } from '@/storage';
import type { AppState } from './app-state';
import { createChatSlice } from './chat-slice';
import { createCompareSlice } from './compare-slice';
import { createContextSlice } from './context-slice';
import { createConversationsSlice } from './conversations-slice';
import { createModelsSlice } from './models-slice';
import { createSettingsSlice } from './settings-slice';

/** Settings live in IndexedDB with the conversations (one storage module for everything). */
const settingsStorage: StateStorage = {
  getItem: async (key) => (await getStorage().loadSettings<string>(key)) ?? null,
  setItem: (key, value) => getStorage().saveSettings(key, value),
  removeItem: (key) => getStorage().deleteSettings(key),
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
