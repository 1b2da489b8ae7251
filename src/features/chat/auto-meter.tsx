import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * Where Auto's detector put a prompt, from Quick (left) to Think (right), with the Draft + refine
 * band shaded between them. Its value is also text, for screen readers and for anyone who asks.
 */
export function AutoMeter({
  score,
  band,
  decision,
}: {
  score: number;
  band: { low: number; high: number };
  decision: string;
}) {
  const { t } = useTranslation();
  const percent = (value: number) => Math.round(value * 100);
  const valueText = t('autoMeter.value', {
    score: percent(score),
    low: percent(band.low),
    high: percent(band.high),
    decision,
  });
  return (
    <div className="mb-1 flex items-center gap-2 text-[11px] text-slate-500 dark:text-slate-400">
      <span aria-hidden="true">{t('modes.quick')}</span>
      <div
        role="meter"
        aria-label={t('autoMeter.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent(score)}
        aria-valuetext={valueText}
        title={valueText}
        className="relative h-2 w-28 rounded-full bg-gradient-to-r from-sky-200 to-indigo-300 dark:from-sky-900 dark:to-indigo-800"
      >
        <span
          className="absolute inset-y-0 bg-amber-300/70 dark:bg-amber-500/50"
          style={{
            left: `${percent(band.low)}%`,
            width: `${percent(band.high - band.low)}%`,
          }}
        />
        <span
          className="absolute -top-0.5 h-3 w-1 -translate-x-1/2 rounded bg-slate-800 dark:bg-white"
          style={{ left: `${percent(score)}%` }}
        />
      </div>
      <span aria-hidden="true">{t('modes.think')}</span>
      <span>{t('autoMeter.score', { score: percent(score) })}</span>
    </div>
  );
}
