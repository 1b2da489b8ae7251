import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppState } from './app-state';
import { createChatSlice } from './chat-slice';
import { createModelsSlice } from './models-slice';
import { createSettingsSlice } from './settings-slice';

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createModelsSlice(...args),
      ...createChatSlice(...args),
      ...createSettingsSlice(...args),
    }),
    {
      name: 'mindswitch-settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        engineOverride: state.engineOverride,
        customModels: state.customModels,
        selectedModelId: state.selectedModelId,
        modeChoice: state.modeChoice,
        thinkingBudget: state.thinkingBudget,
        keepThinkingExpanded: state.keepThinkingExpanded,
        systemPrompt: state.systemPrompt,
      }),
    },
  ),
);

export type { AppState } from './app-state';
