import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { engineUsable } from '@/domain/engine/engine-state';
import { COMPOSER_INPUT_ID } from './keyboard-shortcuts';

/** `modeSwitch`: the thinking-mode control, placed above the message box by the app shell. */
export function Composer({ modeSwitch }: { modeSwitch: ReactNode }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const ready = useAppStore((s) => engineUsable(s.load));
  const isGenerating = useAppStore((s) => s.isGenerating);
  const send = useAppStore((s) => s.send);
  const stop = useAppStore((s) => s.stop);
  const canSend = ready && !isGenerating && text.trim() !== '';

  const submit = () => {
    if (!canSend) return;
    void send(text);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className="space-y-2">
      {modeSwitch}
      <form
        className="flex items-end gap-2 rounded-2xl border border-slate-300 bg-white p-2 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <textarea
          id={COMPOSER_INPUT_ID}
          aria-label={t('composer.label')}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={ready ? t('composer.placeholderReady') : t('composer.placeholderNoModel')}
          className="max-h-48 min-h-10 flex-1 resize-y bg-transparent px-2 py-1 outline-none"
        />
        {isGenerating ? (
          <Button variant="danger" onClick={stop}>
            {t('common.stop')}
          </Button>
        ) : (
          <Button type="submit" variant="primary" disabled={!canSend}>
            {t('composer.send')}
          </Button>
        )}
      </form>
    </div>
  );
}
