import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppState } from './app-state';
import { createChatSlice } from './chat-slice';
import { createModelsSlice } from './models-slice';

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createModelsSlice(...args),
      ...createChatSlice(...args),
    }),
    {
      name: 'mindswitch-settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        engineOverride: state.engineOverride,
        customModels: state.customModels,
        selectedModelId: state.selectedModelId,
      }),
    },
  ),
);

export type { AppState } from './app-state';
