import { REFINE_BAND_HIGH, REFINE_BAND_LOW, routePrompt } from '@/domain/detector/route-prompt';
import type { DetectorReason } from '@/domain/detector/reasons';
import { parseModeCommand } from '@/domain/thinking/mode-commands';
import type { AutoThinkCost } from '@/domain/thinking-policy/auto-think-cost';
import type { ModeChoice, ResolvedMode } from './chat-types';

export interface ModeDecision {
  mode: ResolvedMode;
  modeChoice: ModeChoice;
  autoReason: DetectorReason | null;
  /** The detector's calibrated probability that the prompt needs thinking, when Auto decided. */
  autoScore?: number;
  autoBand?: { low: number; high: number };
  /** On a slow engine: what Think would take here, and whether Auto chose Draft + refine for it. */
  autoThinkCost?: AutoThinkCost;
}

/**
 * Auto's three-way split of the detector's score: below `low` Quick, from `high` on Think, and in
 * between Draft + refine (the edges are tuned on the routing dev set, see the detector's README).
 */
export const REFINE_BAND = { low: REFINE_BAND_LOW, high: REFINE_BAND_HIGH } as const;

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
  const route = routePrompt(stripped);
  return {
    text: stripped,
    mode: route.route,
    modeChoice,
    autoReason: route.reason,
    autoScore: route.score,
    autoBand: REFINE_BAND,
  };
}
