import { useTranslation } from '@/lib/i18n/use-translation';
import { useClipboardCopy } from '@/lib/use-clipboard-copy';
import { Button } from './button';

/**
 * A small "Copy" button. `label` names what is copied for screen readers ("Copy thinking");
 * it starts with the visible word so voice control users can say what they see.
 */
export function CopyTextButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const { state, copy } = useClipboardCopy(text);
  const visible = {
    idle: t('common.copy'),
    copied: t('common.copied'),
    failed: t('markdown.copyFailed'),
  }[state];
  return (
    <Button
      variant="ghost"
      className="!px-2 text-xs"
      aria-label={state === 'idle' ? label : undefined}
      onClick={copy}
    >
      {visible}
    </Button>
  );
}
