import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { engineUsable } from '@/domain/engine/engine-state';
import { ContextMeter } from './context-meter';
import { RouteSummary } from './route-summary';
import { COMPOSER_INPUT_ID } from './keyboard-shortcuts';

/** `modeSwitch`: the thinking-mode control, placed above the message box by the app shell. */
export function Composer({ modeSwitch }: { modeSwitch: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const ready = useAppStore((s) => engineUsable(s.load));
  const isGenerating = useAppStore((s) => s.isGenerating);
  const send = useAppStore((s) => s.send);
  const stop = useAppStore((s) => s.stop);
  const refusal = useAppStore((s) => s.sendRefusal);
  const canSend = ready && !isGenerating && text.trim() !== '';

  const submit = async () => {
    if (!canSend) return;
    const pending = text;
    setText('');
    const result = await send(pending);
    // A refused message goes back into the box, unless the user has typed something new.
    if (!result.ok) setText((current) => (current === '' ? pending : current));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <div className="space-y-2">
      {modeSwitch}
      <form
        className="flex items-end gap-2 rounded-2xl border border-slate-300 bg-white p-2 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
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
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <ContextMeter draft={text} />
        <RouteSummary />
      </div>
      {refusal && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {t('context.tooLong', {
            tokens: refusal.messageTokens.toLocaleString(i18n.language),
            limit: refusal.limit.toLocaleString(i18n.language),
          })}
        </p>
      )}
    </div>
  );
}
