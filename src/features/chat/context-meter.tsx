import { useEffect } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import { selectContextTokens, selectIsAnswering } from '@/store/selectors';

/** How long typing must pause before the draft is counted again. */
const MEASURE_DEBOUNCE_MS = 300;

/**
 * "used / total" tokens of the next request: system prompt, the history that will be sent and
 * the draft. Recounted while typing (debounced) and whenever the conversation changes.
 */
export function ContextMeter({ draft }: { draft: string }) {
  const { t, i18n } = useTranslation();
  const usage = useAppStore((s) => s.contextUsage);
  const measureContext = useAppStore((s) => s.measureContext);
  const messageCount = useAppStore((s) => s.messages.length);
  const isGenerating = useAppStore(selectIsAnswering);
  const contextTokens = useAppStore(selectContextTokens);
  const modeChoice = useAppStore((s) => s.modeChoice);
  const systemPrompt = useAppStore((s) => s.systemPrompt);

  useEffect(() => {
    if (contextTokens === 0 || isGenerating) return;
    const timer = setTimeout(() => void measureContext(draft), MEASURE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, messageCount, isGenerating, contextTokens, modeChoice, systemPrompt, measureContext]);

  if (!usage || contextTokens === 0) return null;
  const format = (n: number) => n.toLocaleString(i18n.language);
  const text = t('context.meter', { used: format(usage.used), total: format(usage.total) });
  const share = Math.min(1, usage.used / usage.total);
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <meter
        aria-label={t('context.meterLabel')}
        aria-valuetext={text}
        min={0}
        max={usage.total}
        value={Math.min(usage.used, usage.total)}
        low={usage.total * 0.5}
        high={usage.total * 0.8}
        optimum={0}
        className="context-meter"
        title={`${Math.round(share * 100)} %`}
      />
      <span>{text}</span>
      {!usage.fits && (
        <span className="font-semibold text-rose-700 dark:text-rose-300">
          {t('context.meterTooLong')}
        </span>
      )}
    </div>
  );
}
