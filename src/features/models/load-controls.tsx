import { Button } from '@/components/ui/button';
import type { LoadProgress } from '@/engine/types';
import { formatBytes } from '@/lib/format';
import { useAppStore } from '@/store';
import { ERROR_EXPLANATIONS, type RecoveryAction } from './error-messages';

const phaseText: Record<LoadProgress['phase'], string> = {
  downloading: 'Downloading',
  'loading-from-cache': 'Loading from cache',
  compiling: 'Compiling GPU shaders',
  initializing: 'Starting the engine',
};

function ProgressLine({ progress }: { progress: LoadProgress | null }) {
  const phase = progress ? phaseText[progress.phase] : 'Preparing';
  const percent = progress?.fraction != null ? Math.round(progress.fraction * 100) : null;
  const bytes =
    progress?.bytesDone != null
      ? `${formatBytes(progress.bytesDone)}${progress.bytesTotal ? ` of ${formatBytes(progress.bytesTotal)}` : ''}`
      : null;
  return (
    <div className="space-y-1">
      <p className="text-sm" aria-live="polite">
        {phase}
        {percent !== null && ` · ${percent}%`}
        {bytes && ` · ${bytes}`}
      </p>
      <progress
        className="h-2 w-full overflow-hidden rounded accent-indigo-600"
        aria-label="Model loading progress"
        max={1}
        value={progress?.fraction ?? undefined}
      />
    </div>
  );
}

const actionText: Record<RecoveryAction, string> = {
  retry: 'Retry',
  'smaller-model': 'Pick a smaller model',
  'use-cpu': 'Run on the CPU',
};

export function LoadControls({ onPickSmaller }: { onPickSmaller: () => void }) {
  const load = useAppStore((s) => s.load);
  const selectedId = useAppStore((s) => s.selectedModelId);
  const loadSelectedModel = useAppStore((s) => s.loadSelectedModel);
  const cancelModelLoad = useAppStore((s) => s.cancelModelLoad);
  const setEngineOverride = useAppStore((s) => s.setEngineOverride);
  const isGenerating = useAppStore((s) => s.isGenerating);
  const takeOverModel = useAppStore((s) => s.takeOverModel);
  const modelMovedToOtherTab = useAppStore((s) => s.modelMovedToOtherTab);

  const runAction = (action: RecoveryAction) => {
    if (action === 'retry') void loadSelectedModel();
    else if (action === 'use-cpu') setEngineOverride('cpu');
    else onPickSmaller();
  };

  if (load.status === 'loading') {
    return (
      <div className="space-y-2">
        <ProgressLine progress={load.progress} />
        <Button onClick={cancelModelLoad}>Cancel</Button>
      </div>
    );
  }

  const alreadyLoaded = load.status === 'ready' && load.modelId === selectedId;
  return (
    <div className="space-y-2">
      {load.status === 'locked' && (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p className="font-semibold">MindSwitch is running a model in another tab</p>
          <p className="mt-1">
            Only one tab can hold a model at a time, so your GPU memory is not used twice.
          </p>
          <Button className="mt-2" onClick={() => void takeOverModel()}>
            Use it in this tab
          </Button>
        </div>
      )}
      {modelMovedToOtherTab && (
        <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm dark:bg-slate-800">
          The model moved to another MindSwitch tab. Load it again to use it here.
        </p>
      )}
      {load.status === 'error' && (
        <div
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm dark:border-rose-800 dark:bg-rose-950/40"
        >
          <p className="font-semibold">{ERROR_EXPLANATIONS[load.code].title}</p>
          <p className="mt-1">{ERROR_EXPLANATIONS[load.code].hint}</p>
          <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            <summary>Technical details</summary>
            {load.detail}
          </details>
          <div className="mt-2 flex flex-wrap gap-2">
            {ERROR_EXPLANATIONS[load.code].actions.map((action) => (
              <Button key={action} onClick={() => runAction(action)}>
                {actionText[action]}
              </Button>
            ))}
          </div>
        </div>
      )}
      <Button
        variant="primary"
        onClick={() => void loadSelectedModel()}
        disabled={!selectedId || alreadyLoaded || isGenerating}
        className="w-full"
      >
        {alreadyLoaded ? 'Loaded' : 'Load'}
      </Button>
    </div>
  );
}
