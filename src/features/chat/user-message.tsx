import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { DeleteLabel } from './delete-label';
import { useAppStore } from '@/store';
import { selectCanSend } from '@/store/selectors';
import type { UserMessage } from '@/domain/chat/chat-types';
import { CopyTextButton } from '@/components/ui/copy-text-button';
import { VersionSwitcher } from './version-switcher';

function EditForm({ message, onDone }: { message: UserMessage; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(message.content);
  const editAndResend = useAppStore((s) => s.editAndResend);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone();
    void editAndResend(message.id, text);
  };
  return (
    <form onSubmit={submit} className="ml-auto w-full max-w-[85%] space-y-2">
      <textarea
        aria-label={t('chat.editMessage')}
        value={text}
        autoFocus
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
        className="w-full rounded-xl border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={!text.trim()}>
          {t('chat.saveAndSend')}
        </Button>
      </div>
    </form>
  );
}

export function UserMessageView({ message }: { message: UserMessage }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const busy = !useAppStore(selectCanSend);
  const deleteMessage = useAppStore((s) => s.deleteMessage);
  if (editing) return <EditForm message={message} onDone={() => setEditing(false)} />;
  return (
    <article aria-label={t('chat.userMessage')} className="group flex min-w-0 flex-col items-end">
      <div
        data-testid="user-text"
        className="max-w-[85%] whitespace-pre-wrap rounded-2xl wrap-anywhere rounded-br-sm bg-indigo-600 px-4 py-2 text-white"
      >
        {message.content}
      </div>
      <div className="mt-1 flex gap-1">
        <VersionSwitcher id={message.id} />
        <CopyTextButton text={message.content} />
        <Button
          variant="ghost"
          className="!px-2 text-xs"
          disabled={busy}
          onClick={() => setEditing(true)}
        >
          {t('chat.edit')}
        </Button>
        <Button
          variant="ghost"
          className="!px-2 text-xs"
          disabled={busy}
          aria-label={t('chat.deleteMessage')}
          onClick={() => void deleteMessage(message.id)}
        >
          <DeleteLabel />
        </Button>
      </div>
    </article>
  );
}
