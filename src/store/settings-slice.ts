import type { StateCreator } from 'zustand';
import type { EngineMessage, GenerateRequest } from '@/engine/types';
import type { ThinkingBudget } from '@/features/thinking/thinking-budget';
import type { AppState } from './app-state';
import type { ModeChoice } from './chat-types';

export interface SettingsSlice {
  modeChoice: ModeChoice;
  thinkingBudget: ThinkingBudget;
  /** Keep the thinking panel open after the answer starts. */
  keepThinkingExpanded: boolean;
  systemPrompt: string;
  /** The last request handed to the engine, for the curious (Settings → Developer). Not persisted. */
  lastEngineRequest: GenerateRequest | null;
  setModeChoice: (mode: ModeChoice) => void;
  setThinkingBudget: (budget: ThinkingBudget) => void;
  setKeepThinkingExpanded: (keep: boolean) => void;
  setSystemPrompt: (prompt: string) => void;
}

export function systemMessages(systemPrompt: string): EngineMessage[] {
  const content = systemPrompt.trim();
  return content ? [{ role: 'system', content }] : [];
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  modeChoice: 'auto',
  thinkingBudget: null,
  keepThinkingExpanded: false,
  systemPrompt: '',
  lastEngineRequest: null,
  setModeChoice: (modeChoice) => set({ modeChoice }),
  setThinkingBudget: (thinkingBudget) => set({ thinkingBudget }),
  setKeepThinkingExpanded: (keepThinkingExpanded) => set({ keepThinkingExpanded }),
  setSystemPrompt: (systemPrompt) => set({ systemPrompt }),
});
