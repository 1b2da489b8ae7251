import { useEffect } from 'react';
import { Composer } from '@/features/chat/composer';
import { MessageList } from '@/features/chat/message-list';
import { ModelPanel } from '@/features/models/model-panel';
import { OfflineBadge } from '@/features/offline/offline-badge';
import { UpdatePrompt } from '@/features/offline/update-prompt';
import { SettingsButton } from '@/features/settings/settings-dialog';
import { useAppStore } from '@/store';
import { availableModels } from '@/store/models-slice';

function StatusBadge() {
  const load = useAppStore((s) => s.load);
  const label = useAppStore((s) => {
    const modelId = s.load.status === 'idle' ? null : s.load.modelId;
    return availableModels(s).find((m) => m.id === modelId)?.label ?? null;
  });
  const text =
    load.status === 'ready'
      ? `${label ?? load.modelId} · ${load.engine === 'webgpu' ? 'WebGPU' : 'CPU'}`
      : load.status === 'loading'
        ? `Loading ${label ?? ''}…`
        : 'No model loaded';
  return (
    <span
      role="status"
      className="rounded-full bg-slate-200 px-3 py-1 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300"
    >
      {text}
    </span>
  );
}

export function App() {
  const initModels = useAppStore((s) => s.initModels);
  const hasMessages = useAppStore((s) => s.messages.length > 0);

  useEffect(() => {
    void initModels();
  }, [initModels]);

  return (
    <div className="flex h-dvh flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <img src="/icon.svg" alt="" className="h-7 w-7" />
        <h1 className="text-lg font-semibold">MindSwitch</h1>
        <span className="hidden text-sm text-slate-500 sm:inline">Qwen3 on your device</span>
        <div className="ml-auto flex items-center gap-2">
          <UpdatePrompt />
          <OfflineBadge />
          <StatusBadge />
          <SettingsButton />
        </div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <aside className="max-h-[45dvh] overflow-y-auto border-b border-slate-200 p-4 lg:max-h-none lg:w-96 lg:border-b-0 lg:border-r dark:border-slate-800">
          <ModelPanel />
        </aside>
        <main className="flex min-h-0 flex-1 flex-col">
          <div className="flex-1 overflow-y-auto px-4 py-6">
            <div className="mx-auto max-w-3xl">
              {hasMessages ? (
                <MessageList />
              ) : (
                <div className="mt-16 text-center text-slate-500">
                  <p className="text-2xl font-semibold text-slate-700 dark:text-slate-200">
                    Private AI that knows when to think
                  </p>
                  <p className="mt-2">
                    Everything runs in this browser tab. Pick a model, load it once, and chat — even
                    offline.
                  </p>
                </div>
              )}
            </div>
          </div>
          <div className="px-4 pb-4">
            <div className="mx-auto max-w-3xl">
              <Composer />
            </div>
          </div>
        </main>
      </div>
    </div>
  );
}
