import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A small "Copy" button. `label` names what is copied for screen readers ("Copy thinking");
 * it starts with the visible word so voice control users can say what they see.
 */
export function CopyTextButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      // Throws where the Clipboard API is missing (insecure context) or permission is denied.
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  const visible =
    state === 'copied'
      ? t('common.copied')
      : state === 'failed'
        ? t('markdown.copyFailed')
        : t('common.copy');
  return (
    <Button
      variant="ghost"
      className="!px-2 text-xs"
      aria-label={state === 'idle' ? label : undefined}
      onClick={() => void copy()}
    >
      {visible}
    </Button>
  );
}
