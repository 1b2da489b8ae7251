import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { useMediaQuery } from '@/lib/use-media-query';
import { useAppStore } from '@/store';
import { selectCanSend, selectIsAnswering } from '@/store/selectors';
import { engineUsable } from '@/domain/engine/engine-state';
import { AutoPreview } from './auto-preview';
import { ComposerModelBar } from './composer-model-bar';
import { ContextMeter } from './context-meter';
import { RouteSummary } from './route-summary';
import { COMPOSER_INPUT_ID } from './keyboard-shortcuts';

const AUTO_PREVIEW_ID = 'composer-auto-preview';

/** Once a model becomes ready, the message box takes focus (unless a dialog is in front). */
function useFocusWhenReady(ready: boolean, input: RefObject<HTMLTextAreaElement | null>) {
  const wasReady = useRef(ready);
  useEffect(() => {
    if (ready && !wasReady.current && !document.querySelector('dialog[open]')) {
      input.current?.focus();
    }
    wasReady.current = ready;
  }, [ready, input]);
}

/**
 * `modeSwitch`: the thinking-mode control, placed above the message box by the app shell.
 * `onChooseModel`: opens the model picker.
 */
export function Composer({
  modeSwitch,
  onChooseModel,
}: {
  modeSwitch: ReactNode;
  onChooseModel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const ready = useAppStore((s) => engineUsable(s.load));
  const isGenerating = useAppStore(selectIsAnswering);
  const canAnswer = useAppStore(selectCanSend);
  const send = useAppStore((s) => s.send);
  const stop = useAppStore((s) => s.stop);
  const refusal = useAppStore((s) => s.sendRefusal);
  const auto = useAppStore((s) => s.modeChoice === 'auto');
  // A phone keyboard has no Shift+Enter worth mentioning.
  const phone = useMediaQuery('(max-width: 639px)');
  const canSend = canAnswer && text.trim() !== '';
  useFocusWhenReady(ready, inputRef);

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

  let placeholder: string = t('composer.placeholderNoModel');
  if (ready) placeholder = phone ? t('composer.placeholderPhone') : t('composer.placeholderReady');

  return (
    <div className="space-y-2">
      <ComposerModelBar onChooseModel={onChooseModel} />
      {/* The preview sits beside the switch where there is room, else on a line of its own. */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {modeSwitch}
        <AutoPreview draft={text} id={AUTO_PREVIEW_ID} />
      </div>
      <form
        className="flex items-end gap-2 rounded-2xl border border-slate-300 bg-white p-2 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <textarea
          ref={inputRef}
          id={COMPOSER_INPUT_ID}
          aria-label={t('composer.label')}
          aria-describedby={auto ? AUTO_PREVIEW_ID : undefined}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          className="max-h-48 min-h-10 min-w-0 flex-1 resize-y bg-transparent px-2 py-1 outline-none"
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
          {t(refusal.reason === 'no-room' ? 'context.noRoom' : 'context.tooLong', {
            tokens: refusal.messageTokens.toLocaleString(i18n.language),
            limit: refusal.limit.toLocaleString(i18n.language),
          })}
        </p>
      )}
    </div>
  );
}
