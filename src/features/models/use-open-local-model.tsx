import { useCallback, useState } from 'react';
import { assertNever } from '@/lib/assert-never';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { LocalModelError } from '@/domain/models/local-model';
import { useAppStore } from '@/store';

type Outcome =
  | { kind: 'copying'; names: string }
  | { kind: 'opened'; model: string; bytes: number }
  | { kind: 'failed'; error: LocalModelError };

/** Opens GGUF files from this computer: stores them in the browser, selects and loads them. */
export function useOpenLocalModel() {
  const addLocalModel = useAppStore((s) => s.addLocalModel);
  const loadSelectedModel = useAppStore((s) => s.loadSelectedModel);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const open = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setOutcome({ kind: 'copying', names: files.map((file) => file.name).join(', ') });
      const result = await addLocalModel(files).catch((err: unknown) => ({
        ok: false as const,
        error: { code: 'failed' as const, detail: String(err) },
      }));
      if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
      const { label, downloadBytes } = result.model;
      setOutcome({ kind: 'opened', model: label, bytes: downloadBytes ?? 0 });
      await loadSelectedModel();
    },
    [addLocalModel, loadSelectedModel],
  );
  return { outcome, open, dismiss: () => setOutcome(null) };
}

function ErrorText({ error }: { error: LocalModelError }) {
  const { t } = useTranslation();
  switch (error.code) {
    case 'not-gguf':
    case 'empty':
      return t(`models.local.errors.${error.code}`, { name: error.name });
    case 'split-incomplete':
      return t('models.local.errors.split-incomplete', {
        name: error.name,
        count: error.count,
        missing: error.missing.join(', '),
      });
    case 'several-models':
      return t('models.local.errors.several-models');
    case 'quota':
      return t('models.local.errors.quota', { size: error.bytes });
    case 'failed':
      return t('models.local.errors.failed', { detail: error.detail });
    default:
      return assertNever(error);
  }
}

/** What happened to the files: copying, stored, or why they were not opened. */
export function LocalModelOutcome({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <p role="alert" className="text-sm text-rose-600 dark:text-rose-400">
        <ErrorText error={outcome.error} />
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {outcome.kind === 'copying'
        ? t('models.local.copying', { name: outcome.names })
        : t('models.local.opened', { model: outcome.model, size: outcome.bytes })}
    </p>
  );
}
