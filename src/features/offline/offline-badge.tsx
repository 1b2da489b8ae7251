import { useOnlineStatus } from './use-online-status';

export function OfflineBadge() {
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <span
      role="status"
      aria-label="Offline"
      title="No network. Cached models and your chats still work; new downloads need a connection."
      className="rounded-full bg-amber-100 px-3 py-1 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100"
    >
      Offline
    </span>
  );
}
