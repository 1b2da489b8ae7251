import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/ui/button';
import { versionsOf } from '@/domain/chat/versions';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useAppStore } from '@/store';
import type { AppState } from '@/store/app-state';
import { selectCanSend } from '@/store/selectors';

const selectVersionPlace = (id: string) => (state: AppState) => {
  const { ids, index } = versionsOf(state.threadNodes, id);
  return { number: index + 1, count: ids.length };
};

/** ‹ 1 / 2 ›: steps between the versions of a turn; absent while it has only one. */
export function VersionSwitcher({ id }: { id: string }) {
  const { t } = useTranslation();
  const select = useMemo(() => selectVersionPlace(id), [id]);
  const { number, count } = useAppStore(useShallow(select));
  const switchVersion = useAppStore((s) => s.switchVersion);
  const busy = !useAppStore(selectCanSend);
  if (count < 2) return null;
  return (
    <div
      role="group"
      aria-label={t('chat.versionOf', { index: number, count })}
      className="flex items-center text-xs"
    >
      <Button
        variant="ghost"
        className="!px-1.5"
        aria-label={t('chat.previousVersion')}
        disabled={busy || number === 1}
        onClick={() => void switchVersion(id, -1)}
      >
        ‹
      </Button>
      <span aria-hidden="true" className="tabular-nums text-slate-600 dark:text-slate-300">
        {number} / {count}
      </span>
      <Button
        variant="ghost"
        className="!px-1.5"
        aria-label={t('chat.nextVersion')}
        disabled={busy || number === count}
        onClick={() => void switchVersion(id, 1)}
      >
        ›
      </Button>
    </div>
  );
}
