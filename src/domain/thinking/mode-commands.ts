export type ModeCommand = 'think' | 'no_think' | 'refine';

// Qwen3's documented soft switches, and the app's own /refine (Draft + refine). Matched as whole
// words anywhere in the message.
const COMMAND = /(^|\s)\/(think|no_think|refine)(?=\s|$)/g;

/**
 * Finds `/think`, `/no_think` or `/refine` in a message. The last one wins, as in Qwen3's multi-turn rule.
 * The command is removed from the text sent to the model: the app switches the mode itself.
 */
export function parseModeCommand(text: string): { text: string; command: ModeCommand | null } {
  let command: ModeCommand | null = null;
  const stripped = text.replace(COMMAND, (_match, lead: string, name: ModeCommand) => {
    command = name;
    return lead;
  });
  return { text: command ? stripped.replace(/[ \t]{2,}/g, ' ').trim() : text, command };
}
