import { detectMode } from '@/domain/detector/detector';
import type { DetectorReason } from '@/domain/detector/reasons';
import { parseModeCommand } from '@/domain/thinking/mode-commands';
import type { ModeChoice, ResolvedMode } from './chat-types';

export interface ModeDecision {
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
}

const COMMAND_MODES = { think: 'think', no_think: 'quick', refine: 'refine' } as const;

/** `/think`, `/no_think` and `/refine` beat the switch; Auto asks the detector. */
export function decideMode(text: string, modeChoice: ModeChoice): ModeDecision & { text: string } {
  const { text: stripped, command } = parseModeCommand(text);
  if (command)
    return {
      text: stripped,
      mode: COMMAND_MODES[command],
      modeChoice,
      autoReason: null,
    };
  if (modeChoice !== 'auto')
    return { text: stripped, mode: modeChoice, modeChoice, autoReason: null };
  const detection = detectMode(stripped);
  return { text: stripped, mode: detection.mode, modeChoice, autoReason: detection.reason };
}
