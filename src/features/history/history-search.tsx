import { useId, useMemo } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { groupByConversation, type ConversationMatches } from '@/domain/chat/search-groups';
import { splitByRanges } from '@/lib/split-by-ranges';
import { useAppStore } from '@/store';

export function HistorySearchBox() {
  const { t } = useTranslation();
  const query = useAppStore((s) => s.searchQuery);
  const search = useAppStore((s) => s.search);
  return (
    <input
      type="search"
      aria-label={t('history.searchLabel')}
      placeholder={t('history.searchPlaceholder')}
      value={query}
      onChange={(e) => void search(e.target.value)}
      className="w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
    />
  );
}

function ResultRow({ row, onOpen }: { row: ConversationMatches; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        onClick={onOpen}
        className="block w-full rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-200 dark:hover:bg-slate-800"
      >
        <span className="flex items-baseline gap-2">
          <span className="min-w-0 flex-1 truncate font-medium">{row.conversationTitle}</span>
          {row.count > 1 && (
            <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">
              {t('history.matchCount', { count: row.count })}
            </span>
          )}
        </span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          {splitByRanges(row.snippet, row.highlights).map((part, i) =>
            part.marked ? (
              <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-900">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </span>
      </button>
    </li>
  );
}

/** While searching, in place of the conversation list: one row per conversation that matched. */
export function HistorySearchResults({ onOpen }: { onOpen: (conversationId: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const hits = useAppStore((s) => s.searchResults);
  const rows = useMemo(() => groupByConversation(hits), [hits]);
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h2
        id={headingId}
        className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400"
      >
        {t('history.results')}
      </h2>
      {rows.length === 0 ? (
        <p className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">
          {t('history.noMatches')}
        </p>
      ) : (
        <ul aria-label={t('history.searchResults')} className="space-y-1">
          {rows.map((row) => (
            <ResultRow
              key={row.conversationId}
              row={row}
              onOpen={() => onOpen(row.conversationId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
