import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { downloadText, fileSafeName } from '@/lib/download';
import type { Conversation } from '@/domain/chat/conversation';
import { useAppStore } from '@/store';

export async function exportAndDownload(
  format: 'json' | 'markdown',
  title: string,
  ids?: string[],
) {
  const text = await useAppStore.getState().exportConversations(format, ids);
  const base = fileSafeName(title);
  if (format === 'json') downloadText(`${base}.mindswitch.json`, text, 'application/json');
  else downloadText(`${base}.md`, text, 'text/markdown');
}

export function ConversationItem({
  conversation,
  active,
  onOpen,
}: {
  conversation: Conversation;
  active: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const rename = useAppStore((s) => s.renameConversation);
  const remove = useAppStore((s) => s.deleteConversation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) void rename(conversation.id, title.trim());
    setRenaming(false);
  };

  if (renaming) {
    return (
      <li>
        <form onSubmit={submit} className="flex gap-1 p-1">
          <input
            aria-label={t('history.titleLabel')}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
            value={title}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
          />
          <Button type="submit" className="!px-2 text-xs">
            {t('common.save')}
          </Button>
        </form>
      </li>
    );
  }

  return (
    <li className="group relative">
      <button
        type="button"
        onClick={onOpen}
        aria-current={active ? 'page' : undefined}
        className={`block w-full truncate rounded-lg px-3 py-2 pr-24 text-left text-sm ${
          active
            ? 'bg-indigo-100 font-medium text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100'
            : 'hover:bg-slate-200 dark:hover:bg-slate-800'
        }`}
      >
        {conversation.title}
      </button>
      <div className="absolute right-1 top-1/2 flex -translate-y-1/2 gap-0.5 lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100">
        <IconButton
          label={t('history.rename', { title: conversation.title })}
          onClick={() => setRenaming(true)}
        >
          ✎
        </IconButton>
        <IconButton
          label={t('history.export', { title: conversation.title })}
          onClick={() => void exportAndDownload('json', conversation.title, [conversation.id])}
        >
          ⤓
        </IconButton>
        <IconButton
          label={t('history.delete', { title: conversation.title })}
          onClick={() => void remove(conversation.id)}
        >
          ✕
        </IconButton>
      </div>
    </li>
  );
}

function IconButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-300 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100 dark:text-slate-400"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
