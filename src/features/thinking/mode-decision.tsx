import { reasonText } from './detector/reasons';
import type { AssistantMessage } from '@/store/chat-types';

function modeName(mode: AssistantMessage['mode']): string {
  return mode === 'think' ? 'Think' : 'Quick';
}

/** One line saying which mode answered and why: Auto's reason, a /command, or the switch. */
export function ModeDecision({ message }: { message: AssistantMessage }) {
  let why: string;
  if (message.autoReason) {
    why = `Auto · ${modeName(message.mode)}: ${reasonText(message.autoReason, message.mode)}`;
  } else if (message.modeChoice === 'auto' || message.modeChoice !== message.mode) {
    why = `${modeName(message.mode)} (chosen for this message)`;
  } else {
    why = modeName(message.mode);
  }
  return (
    <p
      className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400"
      data-testid="mode-decision"
    >
      {why}
    </p>
  );
}
