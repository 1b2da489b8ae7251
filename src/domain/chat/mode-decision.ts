import { detectMode } from '@/domain/detector/detector';
import type { DetectorReason } from '@/domain/detector/reasons';
import { parseModeCommand } from '@/domain/thinking/mode-commands';
import type { ModeChoice, ResolvedMode } from './chat-types';

export interface ModeDecision {
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
  /** The detector's calibrated probability that the prompt needs thinking, when Auto decided. */
  autoScore?: number;
}

/**
 * Auto's three-way split of the detector's score: below `low` Quick, above `high` Think, and in
 * between Draft + refine (see the detector's README for how the edges were tuned).
 */
export const REFINE_BAND = { low: 0.35, high: 0.65 } as const;

export function routeByScore(score: number): ResolvedMode {
  if (score < REFINE_BAND.low) return 'quick';
  if (score > REFINE_BAND.high) return 'think';
  return 'refine';
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
  return {
    text: stripped,
    mode: routeByScore(detection.score),
    modeChoice,
    autoReason: detection.reason,
    autoScore: detection.score,
  };
}
