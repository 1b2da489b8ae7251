import { useEffect, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { ModeDecision } from '@/domain/chat/mode-decision';
import { useAppStore } from '@/store';
import { reasonLabel } from './reason-label';

/** How long typing must pause before Auto's choice is worked out again. */
const PREVIEW_DEBOUNCE_MS = 250;

/** The decision for the text typed so far, from the same decision `send` makes (debounced). */
function useDraftDecision(draft: string, enabled: boolean): ModeDecision | null {
  const previewMode = useAppStore((s) => s.previewMode);
  const [decision, setDecision] = useState<ModeDecision | null>(null);
  const text = draft.trim();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(
      () => {
        if (!text) setDecision(null);
        else void previewMode(text).then((next) => current && setDecision(next));
      },
      text ? PREVIEW_DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, enabled, previewMode]);
  // An emptied box (a message just sent) shows no stale choice, even for the debounce's moment.
  return enabled && text ? decision : null;
}

/**
 * With Auto chosen, what Auto would pick for the message typed so far, and why: a presenter can
 * show the decision before sending; the message box names it as its description, and only a
 * change of mode is announced. Another mode shows what it does instead. Always one line of its
 * own height, so nothing moves as it changes, nor when the saved mode differs from the page's
 * first paint.
 */
export function AutoPreview({ draft, id }: { draft: string; id: string }) {
  const { t } = useTranslation();
  const modeChoice = useAppStore((s) => s.modeChoice);
  const auto = modeChoice === 'auto';
  const decision = useDraftDecision(draft, auto);
  let text: string = auto ? t('autoPreview.idle') : t(`modeSwitch.hints.${modeChoice}`);
  if (decision) {
    const mode = t(`modes.${decision.mode}`);
    text = decision.autoReason
      ? t('autoPreview.choice', {
          mode,
          reason: reasonLabel(t, decision.autoReason, decision.mode),
        })
      : t('autoPreview.command', { mode });
  }
  return (
    <>
      <p
        id={auto ? id : undefined}
        data-testid="auto-preview"
        title={text}
        className="h-5 min-w-0 flex-1 basis-56 truncate text-xs leading-5 text-slate-600 dark:text-slate-400"
      >
        {text}
      </p>
      {/* Only the mode: the reason changes with nearly every word and would flood a screen reader. */}
      <span className="sr-only" role="status" aria-live="polite">
        {decision && t('autoPreview.announce', { mode: t(`modes.${decision.mode}`) })}
      </span>
    </>
  );
}
