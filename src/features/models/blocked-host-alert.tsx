import { useTranslation } from '@/lib/i18n/use-translation';

/** A model host this copy of the app may not connect to: which hosts it may, and the ways out. */
export function BlockedHostAlert({
  id,
  origin,
  allowedHosts,
}: {
  id: string;
  origin: string;
  allowedHosts: string[];
}) {
  const { t } = useTranslation();
  return (
    <div id={id} role="alert" className="space-y-1 text-sm text-rose-600 dark:text-rose-400">
      <p className="font-semibold">{t('models.add.hostBlocked.title', { origin })}</p>
      <p>{t('models.add.hostBlocked.allowed', { hosts: allowedHosts.join(', ') })}</p>
      <p>{t('models.add.hostBlocked.why')}</p>
      <p>{t('models.add.hostBlocked.waysOut')}</p>
      <ul className="list-disc pl-5">
        <li>{t('models.add.hostBlocked.openFile')}</li>
        <li>{t('models.add.hostBlocked.allowHost')}</li>
      </ul>
    </div>
  );
}
