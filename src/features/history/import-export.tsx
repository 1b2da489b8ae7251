import { useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import type { ImportOutcome } from '@/store/conversations-slice';
import { exportAndDownload } from './conversation-item';

export function ImportExport() {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  // The outcome rather than its sentence, so the notice follows a change of language.
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const importConversations = useAppStore((s) => s.importConversations);
  const hasConversations = useAppStore((s) => s.conversations.length > 0);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importConversations(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    setOutcome(result);
  };

  let notice: string | null = null;
  if (outcome && !outcome.ok) {
    notice = t('history.importRefused', { reason: t(`history.importErrors.${outcome.code}`) });
  } else if (outcome) {
    notice = outcome.skippedDuplicates
      ? t('history.importedSkipped', {
          count: outcome.imported,
          skipped: outcome.skippedDuplicates,
        })
      : t('history.imported', { count: outcome.imported });
  }

  return (
    <div className="space-y-2 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      <div className="flex flex-wrap gap-1">
        <Button
          variant="ghost"
          className="text-xs"
          disabled={!hasConversations}
          onClick={() => void exportAndDownload('json', 'mindswitch-conversations')}
        >
          {t('history.exportJson')}
        </Button>
        <Button
          variant="ghost"
          className="text-xs"
          disabled={!hasConversations}
          onClick={() => void exportAndDownload('markdown', 'mindswitch-conversations')}
        >
          {t('history.exportMarkdown')}
        </Button>
        <Button variant="ghost" className="text-xs" onClick={() => fileRef.current?.click()}>
          {t('history.import')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          aria-label={t('history.importLabel')}
          className="hidden"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {outcome && (
        <p
          role={outcome.ok ? 'status' : 'alert'}
          className={
            outcome.ok
              ? 'text-emerald-700 dark:text-emerald-400'
              : 'text-rose-600 dark:text-rose-400'
          }
        >
          {notice}
        </p>
      )}
    </div>
  );
}
