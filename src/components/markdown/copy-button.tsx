import { useTranslation } from '@/lib/i18n/use-translation';
import { useClipboardCopy, type CopyState } from '@/lib/use-clipboard-copy';

const LABEL_KEYS = {
  idle: 'markdown.copyCode',
  copied: 'common.copied',
  failed: 'markdown.copyFailed',
} as const satisfies Record<CopyState, string>;

export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const { state, copy } = useClipboardCopy(text);

  return (
    <>
      <button type="button" className="md-copy" onClick={copy}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="currentColor">
          {state === 'copied' ? (
            <path d="M13.78 4.22a.75.75 0 0 1 0 1.06l-7.25 7.25a.75.75 0 0 1-1.06 0L2.22 9.28a.75.75 0 0 1 1.06-1.06L6 10.94l6.72-6.72a.75.75 0 0 1 1.06 0Z" />
          ) : (
            <path d="M4 2.75C4 1.78 4.78 1 5.75 1h7.5c.97 0 1.75.78 1.75 1.75v7.5c0 .97-.78 1.75-1.75 1.75h-7.5A1.75 1.75 0 0 1 4 10.25Zm1.75-.25a.25.25 0 0 0-.25.25v7.5c0 .14.11.25.25.25h7.5a.25.25 0 0 0 .25-.25v-7.5a.25.25 0 0 0-.25-.25ZM2.5 5.75v7.5c0 .14.11.25.25.25h7.5a.25.25 0 0 0 .25-.25V13h1.5v.25c0 .97-.78 1.75-1.75 1.75h-7.5A1.75 1.75 0 0 1 1 13.25v-7.5C1 4.78 1.78 4 2.75 4H3v1.5h-.25a.25.25 0 0 0-.25.25Z" />
          )}
        </svg>
        {t(LABEL_KEYS[state])}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? t('markdown.codeCopied') : ''}
      </span>
    </>
  );
}
