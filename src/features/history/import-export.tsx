import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { exportAndDownload } from './conversation-item';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function ImportExport() {
  const fileRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const importConversations = useAppStore((s) => s.importConversations);
  const hasConversations = useAppStore((s) => s.conversations.length > 0);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await importConversations(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if (!outcome.ok)
      return setNotice({ kind: 'error', text: `Import refused: ${outcome.message}` });
    const skipped = outcome.skippedDuplicates
      ? `, ${outcome.skippedDuplicates} already here (skipped)`
      : '';
    setNotice({ kind: 'ok', text: `Imported ${outcome.imported} conversation(s)${skipped}.` });
  };

  return (
    <div className="space-y-2 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      <div className="flex flex-wrap gap-1">
        <Button
          variant="ghost"
          className="text-xs"
          disabled={!hasConversations}
          onClick={() => void exportAndDownload('json', 'mindswitch-conversations')}
        >
          Export all (JSON)
        </Button>
        <Button
          variant="ghost"
          className="text-xs"
          disabled={!hasConversations}
          onClick={() => void exportAndDownload('markdown', 'mindswitch-conversations')}
        >
          Export all (Markdown)
        </Button>
        <Button variant="ghost" className="text-xs" onClick={() => fileRef.current?.click()}>
          Import…
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          aria-label="Import conversations"
          className="hidden"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={
            notice.kind === 'error'
              ? 'text-rose-600 dark:text-rose-400'
              : 'text-emerald-700 dark:text-emerald-400'
          }
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
