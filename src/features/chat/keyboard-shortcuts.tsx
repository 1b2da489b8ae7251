import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAppStore } from '@/store';
import { selectIsAnswering } from '@/store/selectors';

export const COMPOSER_INPUT_ID = 'composer-input';

const SHORTCUTS = ['send', 'newLine', 'stop', 'newChat', 'focus', 'help'] as const;

function focusComposer() {
  document.getElementById(COMPOSER_INPUT_ID)?.focus();
}

/** App-wide keys. Escape inside an open dialog closes the dialog instead of stopping. */
export function useKeyboardShortcuts(openShortcuts: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const inDialog = document.querySelector('dialog[open]') !== null;
      if (event.key === 'Escape' && event.shiftKey) {
        event.preventDefault();
        focusComposer();
      } else if (event.key === 'Escape' && !inDialog && selectIsAnswering(useAppStore.getState())) {
        event.preventDefault();
        useAppStore.getState().stop();
      } else if (mod && event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        void useAppStore.getState().newChat();
        focusComposer();
      } else if (mod && event.key === '/') {
        event.preventDefault();
        openShortcuts();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openShortcuts]);
}

export function KeyboardShortcutsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openShortcuts = useCallback(() => setOpen(true), []);
  useKeyboardShortcuts(openShortcuts);
  return (
    <>
      {/* Phones have no keyboard shortcuts worth a place in the header. */}
      <Button
        variant="ghost"
        className="max-sm:hidden"
        aria-label={t('shortcuts.title')}
        onClick={openShortcuts}
      >
        <span aria-hidden="true">⌨</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('shortcuts.title')}
        closeLabel={t('common.close')}
        size="sm"
      >
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                  {t(`shortcuts.keys.${shortcut}`)}
                </kbd>
              </dt>
              <dd>{t(`shortcuts.actions.${shortcut}`)}</dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </>
  );
}
