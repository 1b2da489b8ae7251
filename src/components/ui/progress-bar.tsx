/**
 * A styled progress bar. `fraction` null means the share done is unknown (loading from the cache,
 * compiling): a moving stripe says "working", never a full bar that looks finished.
 */
export function ProgressBar({ fraction, label }: { fraction: number | null; label: string }) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-busy={percent === null}
      className="relative h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      {percent === null ? (
        <div
          data-testid="progress-indeterminate"
          className="absolute inset-y-0 left-0 w-2/5 animate-indeterminate rounded-full bg-indigo-500 motion-reduce:animate-pulse"
        />
      ) : (
        <div
          className="h-full rounded-full bg-indigo-600 transition-[width] duration-300 dark:bg-indigo-400"
          style={{ width: `${percent}%` }}
        />
      )}
    </div>
  );
}
