import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';

export function HistorySearch({ onOpen }: { onOpen: (conversationId: string) => void }) {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.searchQuery);
  const results = useAppStore((s) => s.searchResults);
  const search = useAppStore((s) => s.search);
  return (
    <div className="space-y-1">
      <input
        type="search"
        aria-label={t('history.searchLabel')}
        placeholder={t('history.searchPlaceholder')}
        value={query}
        onChange={(e) => void search(e.target.value)}
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      {query.trim() !== '' && (
        <ul aria-label={t('history.searchResults')} className="space-y-1">
          {results.length === 0 && (
            <li className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">
              {t('history.noMatches')}
            </li>
          )}
          {results.map((hit) => (
            <li key={`${hit.messageId}-${hit.field}`}>
              <button
                type="button"
                onClick={() => onOpen(hit.conversationId)}
                className="block w-full rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-200 dark:hover:bg-slate-800"
              >
                <span className="block truncate font-medium">{hit.conversationTitle}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {hit.snippet.slice(0, hit.highlight.start)}
                  <mark className="rounded bg-amber-200 px-0.5 text-slate-900">
                    {hit.snippet.slice(hit.highlight.start, hit.highlight.end)}
                  </mark>
                  {hit.snippet.slice(hit.highlight.end)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
