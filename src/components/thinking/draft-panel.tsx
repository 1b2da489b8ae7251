import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefineDraft } from '@/domain/chat/chat-types';
import type { RefineOutcome } from '@/domain/refine/refine-outcome';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown';

/**
 * Draft + refine: the quick draft streams here at once. Once refinement begins, the draft folds
 * away behind a button (it stays readable), and the refined answer takes the answer's place.
 */
export function DraftPanel({ draft, streaming }: { draft?: RefineDraft; streaming: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const contentId = useId();
  if (!draft) return null;
  const drafting = streaming && draft.finishedAt === null;
  const refining = streaming && !drafting;
  const visible = drafting || open;
  return (
    <section
      aria-label={t('refine.draft')}
      className="mb-2 rounded-lg border border-dashed border-slate-300 px-3 py-2 dark:border-slate-600"
    >
      <div className="flex items-center gap-2 text-xs font-medium text-slate-600 dark:text-slate-400">
        <span>{t('refine.draft')}</span>
        {refining && <span>{t('refine.refining')}</span>}
        {!drafting && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={contentId}
            onClick={() => setOpen((value) => !value)}
            className="ml-auto min-h-10 rounded px-2 underline-offset-2 hover:underline"
          >
            {open ? t('refine.hideDraft') : t('refine.showDraft')}
          </button>
        )}
      </div>
      {visible && (
        <div id={contentId} className="mt-1 text-slate-700 dark:text-slate-300">
          <LazyMarkdown text={draft.content} streaming={drafting} />
        </div>
      )}
    </section>
  );
}

/** "Refined: confirmed the draft" or "… changed the answer", from comparing the two texts. */
export function RefineOutcomeLabel({ outcome }: { outcome?: RefineOutcome }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  const changed = outcome === 'changed';
  return (
    <p
      className={`mt-1 inline-block rounded px-1.5 text-xs font-medium ${
        changed
          ? 'bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-200'
          : 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200'
      }`}
    >
      {changed ? t('refine.changed') : t('refine.confirmed')}
    </p>
  );
}
