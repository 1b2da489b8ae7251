import { useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

const RESET_AFTER_MS = 2000;

/** Copies text to the clipboard and reports how it went for a short while, then goes back to idle. */
export function useClipboardCopy(text: string): { state: CopyState; copy: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), RESET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    void (async () => {
      try {
        // Throws where the Clipboard API is missing (insecure context) or permission is denied.
        await navigator.clipboard.writeText(text);
        setState('copied');
      } catch {
        setState('failed');
      }
    })();
  };
  return { state, copy };
}
