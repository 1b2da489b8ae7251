import type { GenerateRequest } from '@/domain/engine-types';
import { DEFAULT_SAMPLING, type SamplingPreset } from '@/domain/thinking/sampling-presets';
import type { ThinkingBudget } from '@/domain/thinking/thinking-budget';
import type { StoreBase } from './store-context';
import type { GenerationMode, ModeChoice } from '@/domain/chat/chat-types';
import type { UiLanguage } from '@/domain/language/ui-languages';

export type { UiLanguage } from '@/domain/language/ui-languages';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';

export interface SettingsSlice {
  modeChoice: ModeChoice;
  thinkingBudget: ThinkingBudget;
  /** "Stop thinking once the answer is settled" (docs/thinking-efficiency.md). */
  stopWhenSettled: boolean;
  /** The thinking time limit in seconds; null: none. */
  thinkingTimeLimit: number | null;
  /** Keep the thinking panel open after the answer starts. */
  keepThinkingExpanded: boolean;
  systemPrompt: string;
  /** Sampling per mode; defaults from the Qwen3 model card. */
  sampling: Record<GenerationMode, SamplingPreset>;
  theme: ThemeChoice;
  textSize: TextSize;
  /** The language the user picked in Settings; null follows the browser. */
  language: UiLanguage | null;
  /** On a return visit, load the last used model from the browser cache by itself. */
  loadLastModelOnStart: boolean;
  /** The last request handed to the engine, for the curious (Settings → Developer). Not persisted. */
  lastEngineRequest: GenerateRequest | null;
  setModeChoice: (mode: ModeChoice) => void;
  setThinkingBudget: (budget: ThinkingBudget) => void;
  setStopWhenSettled: (on: boolean) => void;
  setThinkingTimeLimit: (seconds: number | null) => void;
  setKeepThinkingExpanded: (keep: boolean) => void;
  setSystemPrompt: (prompt: string) => void;
  setSampling: (mode: GenerationMode, preset: SamplingPreset) => void;
  resetSampling: () => void;
  setTheme: (theme: ThemeChoice) => void;
  setTextSize: (size: TextSize) => void;
  setLanguage: (language: UiLanguage) => void;
  setLoadLastModelOnStart: (enabled: boolean) => void;
}

export const createSettingsSlice = ({ set }: StoreBase): SettingsSlice => ({
  modeChoice: 'auto',
  thinkingBudget: null,
  stopWhenSettled: true,
  thinkingTimeLimit: null,
  keepThinkingExpanded: false,
  systemPrompt: '',
  sampling: DEFAULT_SAMPLING,
  theme: 'system',
  textSize: 'medium',
  language: null,
  loadLastModelOnStart: true,
  lastEngineRequest: null,
  setModeChoice: (modeChoice) => set({ modeChoice }),
  setThinkingBudget: (thinkingBudget) => set({ thinkingBudget }),
  setStopWhenSettled: (stopWhenSettled) => set({ stopWhenSettled }),
  setThinkingTimeLimit: (thinkingTimeLimit) => set({ thinkingTimeLimit }),
  setKeepThinkingExpanded: (keepThinkingExpanded) => set({ keepThinkingExpanded }),
  setSystemPrompt: (systemPrompt) => set({ systemPrompt }),
  setSampling: (mode, preset) =>
    set((state) => ({ sampling: { ...state.sampling, [mode]: preset } })),
  resetSampling: () => set({ sampling: DEFAULT_SAMPLING }),
  setTheme: (theme) => set({ theme }),
  setTextSize: (textSize) => set({ textSize }),
  setLanguage: (language) => set({ language }),
  setLoadLastModelOnStart: (loadLastModelOnStart) => set({ loadLastModelOnStart }),
});
