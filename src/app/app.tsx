import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { onDialogOpen } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icons';
import { Composer } from '@/features/chat/composer';
import { KeyboardShortcutsButton } from '@/features/chat/keyboard-shortcuts';
import { MessageList } from '@/features/chat/message-list';
import { HistorySidebar } from '@/features/history/history-sidebar';
import { ModelStatusButton } from '@/features/models/model-dialog';
import { GpuFallbackNotice } from '@/features/models/gpu-fallback-notice';
import { GgufDropZone } from '@/features/models/gguf-drop-zone';
import { ModelPanel } from '@/features/models/model-panel';
import { OfflineBadge } from '@/features/offline/offline-badge';
import { UpdatePrompt } from '@/features/offline/update-prompt';
import { useAppearance } from '@/features/settings/use-appearance';
import { ModeSwitch } from '@/features/thinking/mode-switch';
import { useAppStore } from '@/store';
import { HeaderTools, LazyEmptyState } from './lazy-parts';
import { selectHasMessages } from '@/store/selectors';
import { engineUsable } from '@/domain/engine/engine-state';

export function App() {
  const { t } = useTranslation();
  const initModels = useAppStore((s) => s.initModels);
  const initConversations = useAppStore((s) => s.initConversations);
  const hasMessages = useAppStore(selectHasMessages);
  const modelReady = useAppStore((s) => engineUsable(s.load));
  const [sidebarOpen, setSidebarOpen] = useState(false);
  useAppearance();
  const [modelDialogOpen, setModelDialogOpen] = useState(false);

  // A dialog opened over the chats drawer (a phone) closes the drawer.
  useEffect(() => onDialogOpen(() => setSidebarOpen(false)), []);
  const openModelDialog = useCallback(() => setModelDialogOpen(true), []);

  useEffect(() => {
    void initModels();
    void initConversations();
  }, [initModels, initConversations]);

  return (
    <div className="flex h-dvh flex-col">
      {/* One row at every width: on a phone the tools shrink to icons and the title to the logo. */}
      <header className="flex items-center gap-1.5 border-b border-slate-200 px-2 py-2 sm:gap-2 sm:px-3 dark:border-slate-800">
        <button
          type="button"
          className="inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap rounded-lg px-2 py-1 text-sm hover:bg-slate-200 max-sm:min-h-10 max-sm:min-w-10 max-sm:justify-center lg:hidden dark:hover:bg-slate-800"
          aria-expanded={sidebarOpen}
          aria-controls="history-sidebar"
          onClick={() => setSidebarOpen(!sidebarOpen)}
        >
          <Icon name="menu" />
          <span className="max-sm:sr-only">{t('app.chats')}</span>
        </button>
        <img src="/icon.svg" alt="" className="h-7 w-7 shrink-0 max-sm:hidden" />
        <h1 className="text-lg font-semibold max-sm:sr-only">MindSwitch</h1>
        <div className="flex min-w-0 flex-1 items-center justify-end gap-1.5">
          <UpdatePrompt />
          <OfflineBadge />
          <ModelStatusButton open={modelDialogOpen} onOpenChange={setModelDialogOpen} />
        </div>
        <div className="flex shrink-0 items-center gap-0.5 sm:gap-1">
          <HeaderTools />
          <KeyboardShortcutsButton />
        </div>
      </header>
      <div className="relative flex min-h-0 flex-1">
        <aside
          id="history-sidebar"
          aria-label={t('app.chatHistory')}
          className={`${sidebarOpen ? 'flex' : 'hidden'} absolute inset-y-0 left-0 z-20 w-72 flex-col border-r border-slate-200 bg-slate-100 shadow-xl lg:static lg:flex lg:shadow-none dark:border-slate-800 dark:bg-slate-900`}
        >
          <HistorySidebar onNavigate={() => setSidebarOpen(false)} />
        </aside>
        <main className="flex min-w-0 flex-1 flex-col">
          <div className="flex-1 overflow-y-auto px-4 py-6">
            <div className="mx-auto max-w-3xl space-y-6">
              {!modelReady && !modelDialogOpen && (
                <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                  <ModelPanel />
                </div>
              )}
              <GpuFallbackNotice />
              {hasMessages ? (
                <MessageList />
              ) : (
                modelReady && (
                  <Suspense fallback={null}>
                    <LazyEmptyState />
                  </Suspense>
                )
              )}
            </div>
          </div>
          <div className="px-4 pb-4">
            <div className="mx-auto max-w-3xl">
              <Composer modeSwitch={<ModeSwitch />} onChooseModel={openModelDialog} />
            </div>
          </div>
        </main>
      </div>
      <GgufDropZone />
    </div>
  );
}
