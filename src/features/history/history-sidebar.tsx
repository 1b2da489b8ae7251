import { lazy, Suspense } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { UndoToast } from '@/components/ui/undo-toast';
import { useHydrated } from '@/lib/use-hydrated';
import { useAppStore } from '@/store';
import { ConversationItem } from './conversation-item';
import { HistorySearchBox, HistorySearchResults } from './history-search';

// Import and export are not needed for the first paint; their chunk follows right after it.
const ImportExport = lazy(async () => ({
  default: (await import('./import-export')).ImportExport,
}));

/** "Deleted “title” [Undo]" after a conversation is deleted. */
function UndoDelete() {
  const { t } = useTranslation();
  const snapshot = useAppStore((s) => s.undoableDelete);
  const undo = useAppStore((s) => s.undoDelete);
  const dismiss = useAppStore((s) => s.dismissUndo);
  return (
    <UndoToast
      deleted={snapshot}
      message={snapshot ? t('history.deleted', { title: snapshot.conversation.title }) : ''}
      onUndo={() => void undo()}
      onDismiss={dismiss}
    />
  );
}

export function HistorySidebar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const conversations = useAppStore((s) => s.conversations);
  const activeId = useAppStore((s) => s.activeConversationId);
  const newChat = useAppStore((s) => s.newChat);
  const openConversation = useAppStore((s) => s.openConversation);
  const searching = useAppStore((s) => s.searchQuery.trim() !== '');
  const hydrated = useHydrated();
  const open = (id: string) => {
    void openConversation(id);
    onNavigate();
  };
  return (
    <div className="flex h-full flex-col gap-3 p-3">
      <Button
        variant="primary"
        onClick={() => {
          void newChat();
          onNavigate();
        }}
      >
        {t('history.newChat')}
      </Button>
      <HistorySearchBox />
      <nav aria-label={t('history.conversations')} className="min-h-0 flex-1 overflow-y-auto">
        {searching ? (
          <HistorySearchResults onOpen={open} />
        ) : conversations.length === 0 ? (
          <p className="px-2 text-sm text-slate-600 dark:text-slate-400">{t('history.empty')}</p>
        ) : (
          <ul className="space-y-0.5">
            {conversations.map((c) => (
              <ConversationItem
                key={c.id}
                conversation={c}
                active={c.id === activeId}
                onOpen={() => open(c.id)}
              />
            ))}
          </ul>
        )}
      </nav>
      <UndoDelete />
      {hydrated && (
        <Suspense fallback={null}>
          <ImportExport />
        </Suspense>
      )}
    </div>
  );
}
