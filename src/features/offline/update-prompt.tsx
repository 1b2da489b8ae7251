import { useTranslation } from '@/lib/i18n/use-translation';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '@/components/ui/button';
import { useAppStore } from '@/store';
import { selectIsAnswering } from '@/store/selectors';
import { usePolicyUpdate } from './use-policy-update';

/**
 * Registers the service worker; when a new version is ready, or the host sends a new security
 * policy for this version, offers a reload (never automatic).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const isGenerating = useAppStore(selectIsAnswering);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const policy = usePolicyUpdate();
  if (!needRefresh && !policy.changed) return null;
  return (
    <div
      role="status"
      className="flex items-center gap-2 rounded-full bg-indigo-100 py-0.5 pl-3 pr-0.5 text-xs text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100"
    >
      {t('offline.updateAvailable')}
      <Button
        variant="primary"
        className="!rounded-full !px-2 !py-0.5 text-xs"
        disabled={isGenerating}
        title={isGenerating ? t('offline.waitForAnswer') : undefined}
        onClick={() => {
          if (!needRefresh) {
            void policy.adopt();
            return;
          }
          // Reload once the new version controls this tab (on a first visit the library's own
          // reload does not fire: it only reloads tabs that had a service worker from the start).
          navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
            once: true,
          });
          void updateServiceWorker(true);
        }}
      >
        {t('offline.reload')}
      </Button>
    </div>
  );
}
