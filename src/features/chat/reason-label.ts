import type { TFunction } from '@/lib/i18n/translate';
import type { ResolvedMode } from '@/domain/chat/chat-types';
import { reasonMode, type DetectorReason } from '@/domain/detector/reasons';

/**
 * The UI's text for one of Auto's reason codes, in the reader's language: `reasons.<code>`. The
 * detector's own `reasonText` stays English for the command line; both read the same in English.
 */
export function reasonLabel(t: TFunction, reason: DetectorReason, mode: ResolvedMode): string {
  const text = t(`reasons.${reason}`);
  // Shown against the other mode (the user overrode Auto): say so, or it reads as a contradiction.
  if (mode === 'refine') return text;
  // The refine reason ('uncertain') argues for neither mode.
  const argued = reasonMode(reason);
  return argued === null || argued === mode ? text : t('modeDecision.despite', { reason: text });
}
