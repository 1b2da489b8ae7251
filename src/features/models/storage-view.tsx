import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/lib/format';
import { useAppStore } from '@/store';
import { allKnownModels, type PersistenceState } from '@/store/models-slice';

const persistenceText: Record<PersistenceState, string> = {
  unknown: 'Not requested yet: the browser may evict downloaded models when disk space runs low.',
  granted: 'Persistent: the browser will not evict downloaded models on its own.',
  denied:
    'The browser declined persistent storage; models may be evicted when disk space runs low.',
  unsupported: 'This browser cannot make storage persistent.',
};

function StorageContents() {
  const models = useAppStore(
    useShallow((s) => allKnownModels(s).filter((m) => s.cachedModelIds.includes(m.id))),
  );
  const cachedBytes = useAppStore((s) => s.cachedBytes);
  const estimate = useAppStore((s) => s.storageEstimate);
  const persistence = useAppStore((s) => s.persistence);
  const deleteCachedModel = useAppStore((s) => s.deleteCachedModel);
  const requestPersistence = useAppStore((s) => s.requestPersistence);
  return (
    <div className="space-y-4 text-sm">
      <p>
        {estimate.usageBytes !== null && estimate.quotaBytes !== null
          ? `Using ${formatBytes(estimate.usageBytes)} of ${formatBytes(estimate.quotaBytes)} available to this site.`
          : 'This browser does not report storage use.'}
      </p>
      <div>
        <p>{persistenceText[persistence]}</p>
        {persistence !== 'granted' && persistence !== 'unsupported' && (
          <Button className="mt-1" onClick={() => void requestPersistence()}>
            Ask for persistent storage
          </Button>
        )}
      </div>
      <ul
        aria-label="Downloaded models"
        className="divide-y divide-slate-200 dark:divide-slate-700"
      >
        {models.length === 0 && (
          <li className="py-2 text-slate-600 dark:text-slate-400">No models downloaded yet.</li>
        )}
        {models.map((model) => {
          const bytes = cachedBytes[model.id] ?? model.downloadBytes;
          return (
            <li key={model.id} className="flex items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{model.label}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {model.engine === 'webgpu' ? 'WebGPU (web-llm)' : 'CPU (wllama)'}
                  {bytes !== null && ` · ${cachedBytes[model.id] ? '' : '≈ '}${formatBytes(bytes)}`}
                </p>
              </div>
              <Button
                variant="ghost"
                aria-label={`Delete ${model.label}`}
                onClick={() => void deleteCachedModel(model.id)}
              >
                Delete
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function StorageButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const refresh = useAppStore((s) => s.refreshCachedModels);
  return (
    <>
      <Button
        variant="ghost"
        onClick={() => {
          void refresh();
          dialogRef.current?.showModal();
        }}
      >
        Storage
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="storage-title"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="mb-3 flex items-center">
          <h2 id="storage-title" className="text-lg font-semibold">
            Storage
          </h2>
          <Button variant="ghost" className="ml-auto" onClick={() => dialogRef.current?.close()}>
            Close
          </Button>
        </div>
        <StorageContents />
      </dialog>
    </>
  );
}
