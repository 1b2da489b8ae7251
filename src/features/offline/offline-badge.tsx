import { useTranslation } from '@/lib/i18n/use-translation';
import { useOnlineStatus } from '@/lib/use-online-status';

export function OfflineBadge() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <span
      role="status"
      aria-label={t('offline.badge')}
      title={t('offline.badgeTitle')}
      className="rounded-full bg-amber-100 px-3 py-1 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100"
    >
      {t('offline.badge')}
    </span>
  );
}
